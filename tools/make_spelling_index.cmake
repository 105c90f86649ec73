# Run by the build (tools/CMakeLists.txt): unmunch DIC AFF | make_spelling_index AFF DIC OUTPUT, failing if
# either fails. unmunch reports every line it parses on standard error; that is kept out of sight.
execute_process(COMMAND ${UNMUNCH} ${DIC} ${AFF}
                COMMAND ${MAKER} ${AFF} ${DIC} ${OUTPUT}
                RESULTS_VARIABLE results
                ERROR_VARIABLE errors)
if(NOT results STREQUAL "0;0")
  string(REGEX REPLACE "parsing line:[^\n]*\n" "" errors "${errors}")
  message(FATAL_ERROR "making the spelling index failed (unmunch, make_spelling_index: ${results}):\n${errors}")
endif()

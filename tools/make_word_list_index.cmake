# Run by the build (tools/CMakeLists.txt): the Welsh spelling index from Debian's aspell-cy, whose word list is
# compressed twice (gzip, then aspell's prezip) and written in ISO-8859-14:
#   zcat LIST | precat | iconv -f ISO-8859-14 -t UTF-8 | make_spelling_index --word-list DATA LIST OUTPUT
execute_process(COMMAND ${GZIP} -dc ${LIST}
                COMMAND ${PRECAT}
                COMMAND ${ICONV} -f ${CHARSET} -t UTF-8
                COMMAND ${MAKER} --word-list ${DATA} ${LIST} ${OUTPUT}
                RESULTS_VARIABLE results
                ERROR_VARIABLE errors)
if(NOT results STREQUAL "0;0;0;0")
  message(FATAL_ERROR "making the spelling index ${OUTPUT} failed (gzip, precat, iconv, make_spelling_index: "
                      "${results}):\n${errors}")
endif()

# Compiles a one-line file that includes HEADER with the include folders of one layer's target (INCLUDES, a
# ;-list) and checks the outcome: EXPECT=compiles for a header of the layer or one below it, EXPECT=fails for
# a header of a layer above it. Run by ctest (tests/CMakeLists.txt) for every layer.
file(WRITE ${WORK}/${EXPECT}.cpp "#include \"${HEADER}\"\n")
set(flags)
foreach(dir IN LISTS INCLUDES)
  list(APPEND flags -I${dir})
endforeach()
execute_process(COMMAND ${CXX} -std=c++20 -fsyntax-only ${flags} ${WORK}/${EXPECT}.cpp
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(EXPECT STREQUAL "compiles" AND NOT status EQUAL 0)
  message(FATAL_ERROR "${HEADER} should compile with these include folders:\n${INCLUDES}\n${err}")
elseif(EXPECT STREQUAL "fails" AND status EQUAL 0)
  message(FATAL_ERROR "${HEADER} is a header of a higher layer, but it compiled with:\n${INCLUDES}")
elseif(EXPECT STREQUAL "fails" AND NOT err MATCHES "No such file or directory")
  message(FATAL_ERROR "${HEADER} failed for another reason than not being found:\n${err}")
endif()

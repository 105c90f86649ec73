# Included by ctest itself (tests/CMakeLists.txt adds it to TEST_INCLUDE_FILES), each time ctest starts: every
# folder under tests/cli/ is one run of the real binary, compared with its expected output by run_cli_case.sh,
# and every tests/scripts/*.sh one check that needs more than that. A case or script added or removed is
# therefore found by the next ctest, without running cmake again. PLEDGE_BINARY and PLEDGE_SOURCE_DIR are set
# by the file that includes this one.
file(GLOB cases LIST_DIRECTORIES true RELATIVE "${PLEDGE_SOURCE_DIR}/tests/cli" "${PLEDGE_SOURCE_DIR}/tests/cli/*")
foreach(case IN LISTS cases)
  if(IS_DIRECTORY "${PLEDGE_SOURCE_DIR}/tests/cli/${case}")
    add_test("cli/${case}" bash "${PLEDGE_SOURCE_DIR}/tests/run_cli_case.sh" "${PLEDGE_BINARY}"
             "${PLEDGE_SOURCE_DIR}/tests/cli/${case}")
  endif()
endforeach()

file(GLOB scripts "${PLEDGE_SOURCE_DIR}/tests/scripts/*.sh")
foreach(script IN LISTS scripts)
  get_filename_component(name ${script} NAME_WE)
  add_test("script/${name}" bash "${script}" "${PLEDGE_BINARY}" "${PLEDGE_SOURCE_DIR}")
endforeach()

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

# The ctest label `threads` (make test-tsan runs these under ThreadSanitizer): what runs worker threads. The
# batch's unit tests (batch_build_test.cpp's cases, listed by the unit test binary itself: doctest's discovery
# can filter its list by case names only), every build case (a build runs one worker per core, and its signal
# watcher), and the scripts of batches, interrupted builds and pledge serve (cpp-httplib's thread pool). Not
# hostile-inputs: it bounds each run at 5 s, which is for the real build, not one slowed down by a sanitizer.
set(threads_tests "")
if(EXISTS "${PLEDGE_UNIT_TESTS}")
  execute_process(COMMAND "${PLEDGE_UNIT_TESTS}" "--source-file=*batch_build_test.cpp" --list-test-cases
                  OUTPUT_VARIABLE listed RESULT_VARIABLE listed_status)
  if(listed_status EQUAL 0)
    string(REPLACE "\n" ";" listed "${listed}")
    foreach(line IN LISTS listed)
      if(NOT line STREQUAL "" AND NOT line MATCHES "^\\[doctest\\]" AND NOT line MATCHES "^==+$")
        list(APPEND threads_tests "unit/${line}")
      endif()
    endforeach()
  endif()
endif()
foreach(case IN LISTS cases)
  if(case MATCHES "^build-" AND IS_DIRECTORY "${PLEDGE_SOURCE_DIR}/tests/cli/${case}")
    list(APPEND threads_tests "cli/${case}")
  endif()
endforeach()
foreach(name IN ITEMS build-batch build-interrupt build-interrupt-stuck-worker serve-http serve-start)
  list(APPEND threads_tests "script/${name}")
endforeach()
set_tests_properties(${threads_tests} PROPERTIES LABELS threads)

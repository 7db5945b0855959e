# Runs one CLI case and compares exit code, stdout, stderr (and optionally a
# written file) with the expected ones. Called by tests/cli/CMakeLists.txt:
#
#   cmake -DEXE=... -DARGS=a^^b^^c -DWORKDIR=... -DEXIT=N
#         -DEXPECTED=<dir>/<case> -DACTUAL=<dir>/<case>
#         [-DSTDIN=file] [-DOUTPUT=file [-DPRE_OUTPUT=file] [-DEXPECTED_OUT=file]]
#         [-DLINK=file] [-DVALGRIND=path] [-DDIFF=path] -P run_case.cmake
#
# Expected files: <EXPECTED>.stdout, <EXPECTED>.stderr and (with OUTPUT)
# <EXPECTED>.out (or EXPECTED_OUT); a missing .stdout or .stderr file means "must be empty".
# LINK: a symbolic link to OUTPUT made before the run (the command is then
# given LINK); it must still be a link afterwards.
# With the environment variable SUMMIT_CLI_UPDATE=1 the actual results are
# written as the new expectations instead (review them before committing).
cmake_minimum_required(VERSION 3.25)

foreach(var EXE WORKDIR EXIT EXPECTED ACTUAL)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_case.cmake: ${var} is not set")
  endif()
endforeach()

# Arguments arrive joined with ^^ (a ; would be split by add_test).
if(ARGS STREQUAL "")
  set(args "")
else()
  string(REPLACE "^^" ";" args "${ARGS}")
endif()

set(command "${EXE}" ${args})
if(VALGRIND)
  set(vglog "${ACTUAL}.valgrind.log")
  file(REMOVE "${vglog}")
  set(command "${VALGRIND}" -q --error-exitcode=99 --leak-check=full
              --errors-for-leak-kinds=all --log-file=${vglog} ${command})
endif()

get_filename_component(actual_dir "${ACTUAL}" DIRECTORY)
file(MAKE_DIRECTORY "${actual_dir}")

if(OUTPUT)
  get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
  file(MAKE_DIRECTORY "${output_dir}")
  file(REMOVE "${OUTPUT}")
  if(PRE_OUTPUT)
    configure_file("${PRE_OUTPUT}" "${OUTPUT}" COPYONLY)
  endif()
  if(LINK)
    file(REMOVE "${LINK}")
    file(CREATE_LINK "${OUTPUT}" "${LINK}" SYMBOLIC)
  endif()
endif()

set(expected_out "${EXPECTED}.out")
if(EXPECTED_OUT)
  set(expected_out "${EXPECTED_OUT}")
endif()

set(stdin_args "")
if(STDIN)
  set(stdin_args INPUT_FILE "${STDIN}")
endif()

execute_process(COMMAND ${command}
  WORKING_DIRECTORY "${WORKDIR}"
  ${stdin_args}
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)

list(JOIN command " " shown)
set(failures 0)

if(DEFINED ENV{SUMMIT_CLI_UPDATE} AND "$ENV{SUMMIT_CLI_UPDATE}")
  foreach(stream stdout stderr)
    if(stream STREQUAL "stdout")
      set(text "${out}")
    else()
      set(text "${err}")
    endif()
    if(text STREQUAL "")
      file(REMOVE "${EXPECTED}.${stream}")
    else()
      file(WRITE "${EXPECTED}.${stream}" "${text}")
    endif()
  endforeach()
  if(OUTPUT AND NOT EXPECTED_OUT AND EXISTS "${OUTPUT}")
    configure_file("${OUTPUT}" "${EXPECTED}.out" COPYONLY)
  endif()
  message(STATUS "updated the expectations of: ${shown} (exit ${rc})")
  if(NOT rc STREQUAL EXIT)
    message(FATAL_ERROR "exit code ${rc}, the test expects ${EXIT}: change EXIT in tests/cli/CMakeLists.txt")
  endif()
  return()
endif()

# Compares `actual_text` with the file `expected_file` (missing = empty);
# shows a unified diff when they differ.
function(compare what expected_file actual_text actual_file)
  set(expected_text "")
  if(EXISTS "${expected_file}")
    file(READ "${expected_file}" expected_text)
  endif()
  if(expected_text STREQUAL actual_text)
    return()
  endif()
  file(WRITE "${actual_file}" "${actual_text}")
  set(shown_expected "${expected_file}")
  if(NOT EXISTS "${expected_file}")
    set(shown_expected "/dev/null")
  endif()
  message("---- ${what} differs (expected ${expected_file}, actual ${actual_file}):")
  if(DIFF)
    execute_process(COMMAND "${DIFF}" -u "${shown_expected}" "${actual_file}"
                    OUTPUT_VARIABLE diff_text)
    message("${diff_text}")
  else()
    message("expected:\n${expected_text}\nactual:\n${actual_text}")
  endif()
  math(EXPR n "${failures} + 1")
  set(failures ${n} PARENT_SCOPE)
endfunction()

if(NOT rc STREQUAL EXIT)
  message("---- exit code: expected ${EXIT}, got ${rc}")
  math(EXPR failures "${failures} + 1")
endif()
compare("stdout" "${EXPECTED}.stdout" "${out}" "${ACTUAL}.stdout")
compare("stderr" "${EXPECTED}.stderr" "${err}" "${ACTUAL}.stderr")

if(OUTPUT)
  if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" written)
    compare("output file ${OUTPUT}" "${expected_out}" "${written}" "${ACTUAL}.out")
  else()
    message("---- output file ${OUTPUT} was not written")
    math(EXPR failures "${failures} + 1")
  endif()
  if(LINK AND NOT IS_SYMLINK "${LINK}")
    message("---- ${LINK} is no longer a symbolic link")
    math(EXPR failures "${failures} + 1")
  endif()
  # Nothing may be left behind: no temporary file beside OUTPUT.
  get_filename_component(out_dir "${OUTPUT}" DIRECTORY)
  get_filename_component(out_name "${OUTPUT}" NAME)
  file(GLOB leftovers "${out_dir}/.${out_name}.*")
  if(leftovers)
    message("---- temporary files left behind: ${leftovers}")
    math(EXPR failures "${failures} + 1")
  endif()
endif()

if(VALGRIND AND rc STREQUAL "99")
  file(READ "${vglog}" vgtext)
  message("---- valgrind found errors:\n${vgtext}")
endif()

if(failures GREATER 0)
  message(FATAL_ERROR "${failures} mismatch(es) running: ${shown}")
endif()

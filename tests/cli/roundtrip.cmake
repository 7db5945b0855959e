# Round trip: `summit convert INPUT [FORMAT_ARGS] -o first`, then the same
# with `first` as input into `second`; both must succeed silently and
# `second` must be byte-identical to `first` (the canonical form is stable).
#
#   cmake -DEXE=... -DWORKDIR=... -DINPUT=file -DFORMAT_ARGS=a^^b
#         -DDIR=<scratch dir> [-DDIFF=path] -P roundtrip.cmake
cmake_minimum_required(VERSION 3.25)

string(REPLACE "^^" ";" format_args "${FORMAT_ARGS}")
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}")

set(previous "${INPUT}")
foreach(step first second)
  execute_process(
    COMMAND "${EXE}" convert "${previous}" ${format_args} -o "${DIR}/${step}"
    WORKING_DIRECTORY "${WORKDIR}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc STREQUAL "0" OR NOT out STREQUAL "" OR NOT err STREQUAL "")
    message(FATAL_ERROR "convert ${previous} ${format_args} failed (exit ${rc}):\n${out}${err}")
  endif()
  set(previous "${DIR}/${step}")
endforeach()

file(SHA256 "${DIR}/first" first_hash)
file(SHA256 "${DIR}/second" second_hash)
if(NOT first_hash STREQUAL second_hash)
  if(DIFF)
    execute_process(COMMAND "${DIFF}" -u "${DIR}/first" "${DIR}/second" OUTPUT_VARIABLE d)
    message("${d}")
  endif()
  message(FATAL_ERROR "converting the output again changed it: ${DIR}/first vs ${DIR}/second")
endif()

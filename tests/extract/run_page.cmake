# One extraction case: run `summit extract PAGE`, compare stdout with
# EXPECTED exactly, then `summit validate` the output.
execute_process(COMMAND "${EXE}" extract "${PAGE}"
                WORKING_DIRECTORY "${WORKDIR}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "summit extract ${PAGE} exited with ${rc}:\n${err}")
endif()
get_filename_component(dir "${ACTUAL}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
file(WRITE "${ACTUAL}" "${out}")
if(DEFINED ENV{SUMMIT_EXTRACT_UPDATE})
  file(WRITE "${EXPECTED}" "${out}")
endif()
if(NOT EXISTS "${EXPECTED}")
  message(FATAL_ERROR "no expected output ${EXPECTED}; the output was:\n${out}")
endif()
file(READ "${EXPECTED}" want)
if(NOT out STREQUAL want)
  execute_process(COMMAND diff -u "${EXPECTED}" "${ACTUAL}")
  message(FATAL_ERROR "summit extract ${PAGE}: output differs from ${EXPECTED}")
endif()
execute_process(COMMAND "${EXE}" validate "${ACTUAL}"
                OUTPUT_VARIABLE vout ERROR_VARIABLE verr RESULT_VARIABLE vrc)
if(NOT vrc EQUAL 0)
  message(FATAL_ERROR "the output of ${PAGE} is not valid:\n${verr}")
endif()

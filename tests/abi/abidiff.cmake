# abi.baseline: the built libsummit.so against the checked-in ABI baseline
# (tests/abi/libsummit.abi, made with abidw). Fails on any ABI change
# (abidiff's bits 4 and 8: a struct member added in the middle is only bit
# 4) or an abidiff error. To change the ABI on purpose, see README
# "Versioning".
#   -DABIDIFF=abidiff -DBASELINE=<libsummit.abi> -DSHARED_LIB=<libsummit.so>
execute_process(COMMAND "${ABIDIFF}" --no-show-locs "${BASELINE}" "${SHARED_LIB}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}${err}")
if(NOT rc MATCHES "^[0-9]+$")
  message(FATAL_ERROR "abidiff did not run: ${rc}")
endif()
math(EXPR error "${rc} & 1")
math(EXPR usage "${rc} & 2")
math(EXPR incompatible "${rc} & 12")
if(error OR usage)
  message(FATAL_ERROR "abidiff failed (exit ${rc})")
endif()
if(incompatible)
  message(FATAL_ERROR "ABI change against ${BASELINE} (exit ${rc}); if it is meant, update the baseline")
endif()

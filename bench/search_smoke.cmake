# bench.search_smoke: runs the search benchmark on 200 generated records with
# one build round and one run of each query. Asserts only that it succeeds
# (no timing checks) and sees the 200 records.
# Invoked as: cmake -DGEN=... -DBENCH=... -DWORK=dir -P search_smoke.cmake
foreach(v GEN BENCH WORK)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "search_smoke.cmake: -D${v}=... is required")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

execute_process(COMMAND "${GEN}" 200 --seed 1
  OUTPUT_FILE "${WORK}/corpus-200.json" ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "summit_gen_corpus 200 failed (${rc}): ${err}")
endif()

execute_process(COMMAND "${BENCH}" "${WORK}/corpus-200.json" --rounds 1 --reps 1
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "summit_bench_search failed (${rc}): ${err}")
endif()
if(NOT out MATCHES "records: 200;")
  message(FATAL_ERROR "summit_bench_search did not report 200 records")
endif()
message("bench.search_smoke: ok")

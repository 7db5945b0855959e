# bench.smoke: runs the corpus generator and the load/save benchmark on a
# small corpus. Asserts only that everything succeeds (no timing checks):
#  - the generator writes 200 records in each form, and the same bytes twice;
#  - record i does not depend on N (100 records are a prefix of 200);
#  - libsummit loads every form (the generator and the validator agree),
#    saves it, and finds as many records as cJSON does.
# Invoked as: cmake -DGEN=... -DBENCH=... -DWORK=dir -P smoke.cmake
foreach(v GEN BENCH WORK)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "smoke.cmake: -D${v}=... is required")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(generate n form out)
  execute_process(COMMAND "${GEN}" ${n} --seed 42 --form ${form}
    OUTPUT_FILE "${out}" ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "summit_gen_corpus ${n} --form ${form} failed (${rc}): ${err}")
  endif()
endfunction()

foreach(form collection array ndjson)
  set(corpus "${WORK}/corpus-${form}.json")
  generate(200 ${form} "${corpus}")

  execute_process(COMMAND "${BENCH}" "${corpus}" --runs 1
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  message("${out}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "summit_bench_load_save on the ${form} corpus failed (${rc}): ${err}")
  endif()
  if(NOT out MATCHES "records: 200,")
    message(FATAL_ERROR "summit_bench_load_save did not report 200 records for ${form}")
  endif()
endforeach()

# Deterministic: the same arguments give the same bytes.
generate(200 collection "${WORK}/again.json")
file(SHA256 "${WORK}/corpus-collection.json" h1)
file(SHA256 "${WORK}/again.json" h2)
if(NOT h1 STREQUAL h2)
  message(FATAL_ERROR "summit_gen_corpus is not deterministic")
endif()

# Prefix-stable: as NDJSON, the first 100 of 200 records are the 100-record corpus.
generate(100 ndjson "${WORK}/first100.ndjson")
file(SIZE "${WORK}/first100.ndjson" n100)
file(READ "${WORK}/first100.ndjson" a)
file(READ "${WORK}/corpus-ndjson.json" b LIMIT ${n100})
if(NOT a STREQUAL b)
  message(FATAL_ERROR "record i of the corpus depends on N")
endif()
message("bench.smoke: ok")

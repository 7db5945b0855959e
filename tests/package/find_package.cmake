# package.find_package*: configure, build and run tests/package/consumer_cmake
# against the installed prefix through find_package(summit), then compare what
# it prints with the output expected from the installed dataset.
#
#   -DCMAKE_EXE  -DGENERATOR  -DC_COMPILER  -DCONSUMER_DIR  -DWORK_DIR
#   -DPREFIX  -DLIBDIR (relative or absolute CMAKE_INSTALL_LIBDIR)
#   -DDATADIR (CMAKE_INSTALL_DATADIR)  -DVERSION  -DSOVERSION
#   [-DLINKAGE=shared|static] [-DRELOCATE=ON] [-DREADELF=...] [-DCONFIG=...] [-DSANITIZE=...]
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")
pkg_require_vars(CMAKE_EXE GENERATOR C_COMPILER CONSUMER_DIR WORK_DIR PREFIX LIBDIR DATADIR VERSION SOVERSION)
if(NOT LINKAGE)
  set(LINKAGE shared)
endif()
if(NOT CONFIG)
  set(CONFIG RelWithDebInfo)
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(prefix "${PREFIX}")
if(RELOCATE)
  # Copy the installed tree elsewhere: the CMake package must follow it.
  if(IS_ABSOLUTE "${LIBDIR}" OR IS_ABSOLUTE "${DATADIR}")
    message(FATAL_ERROR "RELOCATE needs relative install dirs (LIBDIR=${LIBDIR} DATADIR=${DATADIR})")
  endif()
  set(prefix "${WORK_DIR}/moved-prefix")
  file(MAKE_DIRECTORY "${prefix}")
  file(GLOB top LIST_DIRECTORIES true "${PREFIX}/*")
  file(COPY ${top} DESTINATION "${prefix}")
endif()

foreach(d LIBDIR DATADIR)
  if(IS_ABSOLUTE "${${d}}")
    set(${d}_FULL "${${d}}")
  else()
    set(${d}_FULL "${prefix}/${${d}}")
  endif()
endforeach()
set(dataset "${DATADIR_FULL}/summit/digital-nations.json")

set(static OFF)
if(LINKAGE STREQUAL "static")
  set(static ON)
endif()
set(cfg_cmd "${CMAKE_EXE}" -S "${CONSUMER_DIR}" -B "${WORK_DIR}/build" -G "${GENERATOR}"
    "-DCMAKE_C_COMPILER=${C_COMPILER}"
    "-DCMAKE_BUILD_TYPE=${CONFIG}"
    "-DCMAKE_PREFIX_PATH=${prefix}"
    "-DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF"
    "-DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF"
    "-DSUMMIT_EXPECTED_DIR=${LIBDIR_FULL}/cmake/summit"
    "-DSUMMIT_CONSUMER_STATIC=${static}")
if(SANITIZE)   # a sanitized libsummit needs the sanitizer runtime in the program
  list(APPEND cfg_cmd "-DCMAKE_C_FLAGS=-fsanitize=${SANITIZE}" "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=${SANITIZE}")
endif()
# Keep the caller's environment from pointing find_package elsewhere.
pkg_run(WHAT "configure the find_package consumer"
        COMMAND "${CMAKE_EXE}" -E env --unset=CMAKE_PREFIX_PATH --unset=summit_DIR --unset=summit_ROOT
                ${cfg_cmd}
        OUTPUT_VARIABLE out)
message("${out}")
pkg_run(WHAT "build the find_package consumer"
        COMMAND "${CMAKE_EXE}" --build "${WORK_DIR}/build" --config "${CONFIG}" --verbose
        OUTPUT_VARIABLE out)
message("${out}")

file(GLOB_RECURSE app LIST_DIRECTORIES false "${WORK_DIR}/build/app" "${WORK_DIR}/build/*/app")
if(NOT app)
  message(FATAL_ERROR "the consumer build produced no app in ${WORK_DIR}/build")
endif()
list(GET app 0 app)

if(READELF)
  pkg_check_linkage("${READELF}" "${app}" "${LINKAGE}" "${LIBDIR_FULL}" "${SOVERSION}")
  if(RELOCATE AND LINKAGE STREQUAL "shared")
    pkg_dynamic_section("${READELF}" "${app}" app)
    foreach(rp IN LISTS app_RUNPATH)
      string(FIND "${rp}/" "${PREFIX}/" at)
      if(at EQUAL 0)
        message(FATAL_ERROR "relocated consumer still points at the original prefix: RUNPATH ${app_RUNPATH}")
      endif()
    endforeach()
  endif()
endif()

# No LD_LIBRARY_PATH: a shared build must find libsummit through its RUNPATH.
pkg_run(WHAT "run the find_package consumer"
        COMMAND "${CMAKE_EXE}" -E env --unset=LD_LIBRARY_PATH "${app}" "${dataset}"
        OUTPUT_VARIABLE actual)
pkg_expected_app_output("${dataset}" "${VERSION}" expected)
pkg_check_output("find_package consumer (${LINKAGE})" "${actual}" "${expected}")
message("consumer output:\n${actual}")

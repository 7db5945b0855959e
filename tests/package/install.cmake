# package.install (fixture): install the whole build into a fresh prefix.
#   cmake -DCMAKE_EXE=... -DBUILD_DIR=... -DPREFIX=... [-DCONFIG=...] -P install.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")
pkg_require_vars(CMAKE_EXE BUILD_DIR PREFIX)

# A prefix inside the build tree only: never delete anything else.
file(REAL_PATH "${BUILD_DIR}" build_real)
get_filename_component(prefix_abs "${PREFIX}" ABSOLUTE)
string(FIND "${prefix_abs}/" "${build_real}/" at)
if(NOT at EQUAL 0 OR prefix_abs STREQUAL build_real)
  message(FATAL_ERROR "refusing to clean ${prefix_abs}: not below the build directory ${build_real}")
endif()
file(REMOVE_RECURSE "${prefix_abs}")

set(cmd "${CMAKE_EXE}" --install "${BUILD_DIR}" --prefix "${prefix_abs}")
if(CONFIG)
  list(APPEND cmd --config "${CONFIG}")
endif()
pkg_run(WHAT "cmake --install" COMMAND ${cmd} OUTPUT_VARIABLE out)
message("${out}")
if(NOT EXISTS "${prefix_abs}")
  message(FATAL_ERROR "cmake --install created nothing in ${prefix_abs}")
endif()

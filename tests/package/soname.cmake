# package.soname: the shared library's SONAME, and the installed file layout.
#
#   -DREADELF -DBUILT_LIB=<libsummit.so.X.Y.Z in the build tree> -DPREFIX
#   -DLIBDIR -DBINDIR -DINCLUDEDIR -DDATADIR (CMAKE_INSTALL_*, relative or absolute)
#   -DVERSION -DSOVERSION -DSOURCE_DIR -DBUILD_DIR [-DEXPECT_CLI=ON]
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")
pkg_require_vars(READELF BUILT_LIB PREFIX LIBDIR BINDIR INCLUDEDIR DATADIR VERSION SOVERSION SOURCE_DIR BUILD_DIR)

foreach(d LIBDIR BINDIR INCLUDEDIR DATADIR)
  if(IS_ABSOLUTE "${${d}}")
    set(${d}_FULL "${${d}}")
  else()
    set(${d}_FULL "${PREFIX}/${${d}}")
  endif()
endforeach()

set(errors "")
set(soname "libsummit.so.${SOVERSION}")
set(realname "libsummit.so.${VERSION}")

# SONAME of the built and of the installed library.
get_filename_component(built_name "${BUILT_LIB}" NAME)
if(NOT built_name STREQUAL realname)
  list(APPEND errors "the built shared library is ${built_name}, expected ${realname}")
endif()
pkg_dynamic_section("${READELF}" "${BUILT_LIB}" built)
if(NOT built_SONAME STREQUAL soname)
  list(APPEND errors "${BUILT_LIB}: SONAME is '${built_SONAME}', expected ${soname}")
endif()

set(lib "${LIBDIR_FULL}/${realname}")
if(NOT EXISTS "${lib}" OR IS_SYMLINK "${lib}")
  list(APPEND errors "not installed as a regular file: ${lib}")
else()
  pkg_dynamic_section("${READELF}" "${lib}" inst)
  if(NOT inst_SONAME STREQUAL soname)
    list(APPEND errors "${lib}: SONAME is '${inst_SONAME}', expected ${soname}")
  endif()
  # The installed library must not look for anything in the build tree.
  foreach(rp IN LISTS inst_RUNPATH)
    string(FIND "${rp}/" "${BUILD_DIR}/" at)
    if(at EQUAL 0)
      list(APPEND errors "${lib}: RPATH/RUNPATH points into the build tree: ${rp}")
    endif()
  endforeach()
endif()

# The development and runtime symlinks: libsummit.so -> .so.N -> .so.X.Y.Z
foreach(pair "libsummit.so.${SOVERSION}|${realname}" "libsummit.so|${soname}")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 link)
  list(GET pair 1 target)
  if(NOT IS_SYMLINK "${LIBDIR_FULL}/${link}")
    list(APPEND errors "not installed as a symlink: ${LIBDIR_FULL}/${link}")
  else()
    file(READ_SYMLINK "${LIBDIR_FULL}/${link}" to)
    if(NOT to STREQUAL target)
      list(APPEND errors "${LIBDIR_FULL}/${link} -> ${to}, expected -> ${target}")
    endif()
  endif()
endforeach()

set(files
  "${LIBDIR_FULL}/libsummit.a"
  "${INCLUDEDIR_FULL}/summit/summit.h"
  "${LIBDIR_FULL}/pkgconfig/summit.pc"
  "${LIBDIR_FULL}/cmake/summit/summitConfig.cmake"
  "${LIBDIR_FULL}/cmake/summit/summitConfigVersion.cmake"
  "${LIBDIR_FULL}/cmake/summit/summitTargets.cmake"
  "${DATADIR_FULL}/summit/digital-nations.json"
  "${DATADIR_FULL}/summit/summit-record.schema.json")
file(GLOB src_headers RELATIVE "${SOURCE_DIR}/include" "${SOURCE_DIR}/include/summit/*.h")
foreach(h IN LISTS src_headers)
  list(APPEND files "${INCLUDEDIR_FULL}/${h}")
endforeach()
if(EXPECT_CLI)
  list(APPEND files "${BINDIR_FULL}/summit")
endif()
list(REMOVE_DUPLICATES files)
foreach(f IN LISTS files)
  if(NOT EXISTS "${f}")
    list(APPEND errors "not installed: ${f}")
  endif()
endforeach()
if(EXPECT_CLI AND EXISTS "${BINDIR_FULL}/summit")
  execute_process(COMMAND test -x "${BINDIR_FULL}/summit" RESULT_VARIABLE rc)
  if(NOT rc STREQUAL "0")
    list(APPEND errors "${BINDIR_FULL}/summit is not executable")
  endif()
  pkg_dynamic_section("${READELF}" "${BINDIR_FULL}/summit" cli)
  foreach(rp IN LISTS cli_RUNPATH)
    string(FIND "${rp}/" "${BUILD_DIR}/" at)
    string(FIND "${rp}/" "${PREFIX}/" in_prefix)
    if(at EQUAL 0 AND NOT in_prefix EQUAL 0)
      list(APPEND errors "${BINDIR_FULL}/summit: RPATH/RUNPATH points into the build tree: ${rp}")
    endif()
  endforeach()
  # The installed program must find the installed library by itself, in
  # whatever prefix (its RUNPATH), with no LD_LIBRARY_PATH.
  execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=LD_LIBRARY_PATH
                          "${BINDIR_FULL}/summit" --version
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc STREQUAL "0" OR NOT out MATCHES "${VERSION}")
    list(APPEND errors "${BINDIR_FULL}/summit --version (RUNPATH: '${cli_RUNPATH}') exited ${rc}: ${out}${err}")
  endif()
endif()

# Nothing else is installed (no test or bench program, no stray file).
# Manual pages and docs may join later.
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${PREFIX}" "${PREFIX}/*")
foreach(f IN LISTS installed)
  set(full "${PREFIX}/${f}")
  get_filename_component(dir "${full}" DIRECTORY)
  get_filename_component(name "${full}" NAME)
  if((dir STREQUAL LIBDIR_FULL AND name MATCHES "^libsummit\\.(a|so)")
     OR (dir STREQUAL "${LIBDIR_FULL}/pkgconfig" AND name STREQUAL "summit.pc")
     OR dir STREQUAL "${LIBDIR_FULL}/cmake/summit"
     OR (dir STREQUAL "${INCLUDEDIR_FULL}/summit" AND name MATCHES "\\.h$")
     OR (EXPECT_CLI AND dir STREQUAL BINDIR_FULL AND name STREQUAL "summit")
     OR dir STREQUAL "${DATADIR_FULL}/summit"
    )
    continue()
  endif()
  string(FIND "${full}" "${DATADIR_FULL}/man/" in_man)
  string(FIND "${full}" "${DATADIR_FULL}/doc/" in_doc)
  if(in_man EQUAL 0 OR in_doc EQUAL 0)
    continue()
  endif()
  list(APPEND errors "unexpected installed file: ${full}")
endforeach()

# Something for every configuration in the export (summitTargets-<config>.cmake).
file(GLOB per_config "${LIBDIR_FULL}/cmake/summit/summitTargets-*.cmake")
if(NOT per_config)
  list(APPEND errors "no ${LIBDIR_FULL}/cmake/summit/summitTargets-<config>.cmake installed")
endif()

# The CMake package must be relocatable: no absolute path of the build or
# source tree, nor of the prefix, in its files.
file(GLOB cmake_files "${LIBDIR_FULL}/cmake/summit/*.cmake")
foreach(f IN LISTS cmake_files)
  file(READ "${f}" text)
  foreach(dir "${BUILD_DIR}" "${SOURCE_DIR}" "${PREFIX}")
    string(FIND "${text}" "${dir}" at)
    if(NOT at EQUAL -1)
      list(APPEND errors "${f} contains the absolute path ${dir}")
    endif()
  endforeach()
endforeach()

# summit.pc must name the prefix it was installed to (cmake --install --prefix).
if(EXISTS "${LIBDIR_FULL}/pkgconfig/summit.pc")
  file(STRINGS "${LIBDIR_FULL}/pkgconfig/summit.pc" prefix_line REGEX "^prefix=")
  if(NOT prefix_line STREQUAL "prefix=${PREFIX}")
    list(APPEND errors "summit.pc has '${prefix_line}', installed to prefix=${PREFIX}")
  endif()
endif()

if(errors)
  list(JOIN errors "\n  " e)
  message(FATAL_ERROR "package layout problems:\n  ${e}")
endif()
list(LENGTH files n)
message("SONAME ${soname}; ${realname} with its two symlinks; ${n} more files installed as expected")

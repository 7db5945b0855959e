# package.pkg_config*: build tests/package/consumer_cmake/app.c with the
# compiler alone and the flags of the installed summit.pc, run it, and compare
# its output with the output expected from the installed dataset.
#
#   -DCMAKE_EXE -DPKG_CONFIG -DC_COMPILER -DAPP_SRC -DWORK_DIR -DPREFIX
#   -DLIBDIR (CMAKE_INSTALL_LIBDIR) -DVERSION -DSOVERSION
#   [-DLINKAGE=shared|static] [-DREADELF=...] [-DSANITIZE=...]
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")
pkg_require_vars(CMAKE_EXE PKG_CONFIG C_COMPILER APP_SRC WORK_DIR PREFIX LIBDIR VERSION SOVERSION)
if(NOT LINKAGE)
  set(LINKAGE shared)
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

if(IS_ABSOLUTE "${LIBDIR}")
  set(libdir "${LIBDIR}")
else()
  set(libdir "${PREFIX}/${LIBDIR}")
endif()
set(pcdir "${libdir}/pkgconfig")
if(NOT EXISTS "${pcdir}/summit.pc")
  message(FATAL_ERROR "not installed: ${pcdir}/summit.pc")
endif()
message("--- ${pcdir}/summit.pc ---")
file(READ "${pcdir}/summit.pc" pc_text)
message("${pc_text}")

# Our prefix first; the system's .pc files stay reachable for Requires.private.
set(ENV{PKG_CONFIG_PATH} "${pcdir}")
unset(ENV{PKG_CONFIG_SYSROOT_DIR})
unset(ENV{PKG_CONFIG_ALLOW_SYSTEM_CFLAGS})
unset(ENV{PKG_CONFIG_ALLOW_SYSTEM_LIBS})
unset(ENV{LD_LIBRARY_PATH})

function(pc_query out_var)
  pkg_run(WHAT "pkg-config ${ARGN} summit" COMMAND "${PKG_CONFIG}" ${ARGN} summit OUTPUT_VARIABLE out)
  string(STRIP "${out}" out)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

pkg_run(WHAT "pkg-config --validate summit" COMMAND "${PKG_CONFIG}" --validate summit ALLOW_FAILURE rc)
if(NOT rc STREQUAL "0")
  # --validate is a pkgconf extension; fall back to --exists.
  pkg_run(WHAT "pkg-config --exists summit" COMMAND "${PKG_CONFIG}" --print-errors --exists summit)
endif()

pc_query(modversion --modversion)
if(NOT modversion STREQUAL VERSION)
  message(FATAL_ERROR "summit.pc says Version ${modversion}, the project is ${VERSION}")
endif()

# The paths in summit.pc must be those of the prefix actually installed to.
file(REAL_PATH "${libdir}" libdir_real)
foreach(var libdir includedir datadir)
  pc_query(value --variable=${var})
  if(NOT IS_DIRECTORY "${value}")
    message(FATAL_ERROR "summit.pc: ${var}=${value} is not a directory (installed prefix: ${PREFIX})")
  endif()
  file(REAL_PATH "${value}" pc_${var})
endforeach()
if(NOT pc_libdir STREQUAL libdir_real)
  message(FATAL_ERROR "summit.pc: libdir=${pc_libdir}, but the library is installed in ${libdir_real}")
endif()
if(NOT EXISTS "${pc_includedir}/summit/summit.h")
  message(FATAL_ERROR "summit.pc: includedir=${pc_includedir} has no summit/summit.h")
endif()
set(dataset "${pc_datadir}/digital-nations.json")
if(NOT EXISTS "${dataset}")
  message(FATAL_ERROR "summit.pc: datadir=${pc_datadir} has no digital-nations.json")
endif()

set(exe "${WORK_DIR}/app")
if(LINKAGE STREQUAL "static")
  pc_query(cflags --static --cflags)
  pc_query(libs --static --libs)
  if(NOT cflags MATCHES "(^| )-DSUMMIT_STATIC( |$)")
    message(FATAL_ERROR "pkg-config --static --cflags summit lacks -DSUMMIT_STATIC: '${cflags}'")
  endif()
  # -lsummit would pick libsummit.so; ask for the archive by name, keeping
  # everything else pkg-config said (Libs.private, Requires.private).
  if(NOT libs MATCHES "(^| )-lsummit( |$)")
    message(FATAL_ERROR "pkg-config --static --libs summit lacks -lsummit: '${libs}'")
  endif()
  string(REGEX REPLACE "(^| )-lsummit( |$)" "\\1-l:libsummit.a\\2" libs "${libs}")
  set(rpath "")
else()
  pc_query(cflags --cflags)
  pc_query(libs --libs)
  # pkg-config gives no run path; set it from the .pc's own libdir.
  set(rpath "-Wl,-rpath,${pc_libdir}")
endif()
message("cflags: ${cflags}\nlibs:   ${libs}")
separate_arguments(cflags UNIX_COMMAND "${cflags}")
separate_arguments(libs UNIX_COMMAND "${libs}")
set(sanitize "")
if(SANITIZE)   # a sanitized libsummit needs the sanitizer runtime in the program
  set(sanitize "-fsanitize=${SANITIZE}")
endif()

pkg_run(WHAT "compile and link app.c with pkg-config flags"
        COMMAND "${C_COMPILER}" -std=c99 -Wall -Wextra -pedantic -Werror
                ${sanitize} ${cflags} "${APP_SRC}" -o "${exe}" ${libs} ${rpath}
        WORKING_DIRECTORY "${WORK_DIR}")

if(READELF)
  pkg_check_linkage("${READELF}" "${exe}" "${LINKAGE}" "${libdir}" "${SOVERSION}")
endif()

pkg_run(WHAT "run the pkg-config consumer" COMMAND "${exe}" "${dataset}" OUTPUT_VARIABLE actual)
pkg_expected_app_output("${dataset}" "${VERSION}" expected)
pkg_check_output("pkg-config consumer (${LINKAGE})" "${actual}" "${expected}")
message("consumer output:\n${actual}")

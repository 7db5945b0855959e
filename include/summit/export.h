/** libsummit — symbol export macro.
 *
 * The library is built with hidden visibility; only declarations marked
 * SUMMIT_API leave the shared object. Static builds define SUMMIT_STATIC
 * (the CMake target and summit.pc do this for you when you link statically). */
#ifndef SUMMIT_EXPORT_H
#define SUMMIT_EXPORT_H

#if defined(SUMMIT_STATIC)
#  define SUMMIT_API
#elif defined(_WIN32)
#  if defined(SUMMIT_BUILDING)
#    define SUMMIT_API __declspec(dllexport)
#  else
#    define SUMMIT_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define SUMMIT_API __attribute__((visibility("default")))
#else
#  define SUMMIT_API
#endif

#endif /* SUMMIT_EXPORT_H */

#include "summit/version.h"

const char *summit_version(void)
{
    return SUMMIT_VERSION_STRING;
}

uint32_t summit_version_number(void)
{
    return SUMMIT_VERSION_NUMBER;
}

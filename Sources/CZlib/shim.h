#ifndef COAUTH_CZLIB_SHIM_H
#define COAUTH_CZLIB_SHIM_H
#include <zlib.h>
#endif

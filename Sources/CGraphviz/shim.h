#ifndef COAUTH_CGRAPHVIZ_SHIM_H
#define COAUTH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#endif

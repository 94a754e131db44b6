#include "libxml_init.hpp"

#include <libxml/parser.h>

#include <mutex>

namespace newsdex {

void init_libxml() {
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace newsdex

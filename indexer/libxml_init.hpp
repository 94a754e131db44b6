#pragma once
// libxml2 set up once for every thread that parses (its global state is not thread-safe to
// initialise concurrently).

namespace newsdex {

/// Initialises libxml2 on the first call; later calls return at once.
void init_libxml();

}  // namespace newsdex

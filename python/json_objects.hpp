#pragma once
// Python objects to and from nlohmann JSON values, for the article dicts the module takes
// and the result dicts it gives.

#include <pybind11/pybind11.h>

#include <nlohmann/json.hpp>
#include <string>

namespace newsdex::python {

/// The name of the value's Python type, for error messages.
std::string type_name(pybind11::handle value);

/// None, bool, int, float, str, list, tuple and dict (of str keys) as JSON; TypeError naming
/// `where` for anything else, ValueError for an int beyond 64 bits.
nlohmann::json to_json_value(pybind11::handle value, const std::string& where);

/// The JSON value as None, bool, int, float, str, list or dict (keys in the JSON's order).
pybind11::object to_python(const nlohmann::ordered_json& value);

}  // namespace newsdex::python

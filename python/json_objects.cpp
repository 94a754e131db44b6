#include "json_objects.hpp"

namespace py = pybind11;

namespace newsdex::python {

std::string type_name(py::handle value) {
    return py::str(py::type::handle_of(value).attr("__name__"));
}

nlohmann::json to_json_value(py::handle value, const std::string& where) {
    if (value.is_none()) return nullptr;
    // bool before int: Python's True is an int too.
    if (py::isinstance<py::bool_>(value)) return value.cast<bool>();
    if (py::isinstance<py::int_>(value)) {
        int overflow = 0;
        const long long n = PyLong_AsLongLongAndOverflow(value.ptr(), &overflow);
        if (overflow != 0) throw py::value_error(where + ": the integer does not fit in 64 bits");
        return n;
    }
    if (py::isinstance<py::float_>(value)) return value.cast<double>();
    if (py::isinstance<py::str>(value)) return value.cast<std::string>();
    if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) {
        auto out = nlohmann::json::array();
        for (auto item : value) out.push_back(to_json_value(item, where));
        return out;
    }
    if (py::isinstance<py::dict>(value)) {
        auto out = nlohmann::json::object();
        for (auto [key, item] : value.cast<py::dict>()) {
            if (!py::isinstance<py::str>(key))
                throw py::type_error(where + ": keys must be str, not " + type_name(key));
            out[key.cast<std::string>()] = to_json_value(item, where);
        }
        return out;
    }
    throw py::type_error(where + ": cannot take a " + type_name(value) +
                         " (give str, int, float, bool, None, list or dict)");
}

py::object to_python(const nlohmann::ordered_json& value) {
    switch (value.type()) {
        case nlohmann::ordered_json::value_t::null:
            return py::none();
        case nlohmann::ordered_json::value_t::boolean:
            return py::bool_(value.get<bool>());
        case nlohmann::ordered_json::value_t::number_integer:
            return py::int_(value.get<std::int64_t>());
        case nlohmann::ordered_json::value_t::number_unsigned:
            return py::int_(value.get<std::uint64_t>());
        case nlohmann::ordered_json::value_t::number_float:
            return py::float_(value.get<double>());
        case nlohmann::ordered_json::value_t::string:
            return py::str(value.get_ref<const std::string&>());
        case nlohmann::ordered_json::value_t::array: {
            py::list out(value.size());
            std::size_t i = 0;
            for (const auto& item : value) out[i++] = to_python(item);
            return out;
        }
        case nlohmann::ordered_json::value_t::object: {
            py::dict out;
            for (const auto& [key, item] : value.items()) out[py::str(key)] = to_python(item);
            return out;
        }
        default:  // binary and discarded values: never in what the presenters build
            return py::none();
    }
}

}  // namespace newsdex::python

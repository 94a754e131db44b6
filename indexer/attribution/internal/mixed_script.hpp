#pragma once
// Words typed with a letter of the wrong alphabet: a Cyrillic `К` in a Latin `Кocharyan`,
// as pages written on a Cyrillic keyboard carry them. They look right and match nothing.

#include <string>
#include <string_view>

namespace newsdex::attribution {

/// The text with the Cyrillic letters that look like Latin ones (А В Е К М Н О Р С Т Х а е о
/// р с у х …) written in Latin, in words that hold a Latin letter too; words wholly in
/// Cyrillic (`Гутерриш`) are left as they are.
std::string latin_lookalikes(std::string_view text);

}  // namespace newsdex::attribution

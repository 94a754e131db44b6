#include "newsdex/schema.hpp"

namespace newsdex::schema {

namespace {

// Function words of English: pronouns, articles, auxiliaries, conjunctions, prepositions
// and their contractions (folded: straight apostrophes).
constexpr const char* kStopwords[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "among", "an",
    "and", "any", "are", "aren't", "as", "at", "be", "because", "been", "before", "being",
    "below", "between", "both", "but", "by", "can", "can't", "cannot", "could", "couldn't",
    "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each",
    "either", "etc", "few", "for", "from", "further", "had", "hadn't", "has", "hasn't",
    "have", "haven't", "having", "he", "he'd", "he'll", "he's", "her", "here", "here's",
    "hers", "herself", "him", "himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm",
    "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "let's", "may",
    "me", "might", "more", "most", "must", "mustn't", "my", "myself", "neither", "no", "nor",
    "not", "of", "off", "on", "once", "only", "or", "other", "ought", "our", "ours",
    "ourselves", "out", "over", "own", "same", "shall", "shan't", "she", "she'd", "she'll",
    "she's", "should", "shouldn't", "so", "some", "such", "than", "that", "that's", "the",
    "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they",
    "they'd", "they'll", "they're", "they've", "this", "those", "through", "thus", "to",
    "too", "under", "until", "up", "upon", "very", "via", "was", "wasn't", "we", "we'd",
    "we'll", "we're", "we've", "were", "weren't", "what", "what's", "when", "when's",
    "where", "where's", "whether", "which", "while", "who", "who's", "whom", "whose", "why",
    "why's", "will", "with", "within", "without", "won't", "would", "wouldn't", "yet", "you",
    "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
    "across", "along", "already", "although", "always", "another", "anyone", "anything",
    "around", "become", "becomes", "besides", "beyond", "else", "especially", "ever", "every",
    "everything", "get", "gets", "getting", "given", "gives", "hence", "however", "indeed",
    "instead", "interested", "just", "least", "less", "let", "like", "likely", "many", "maybe",
    "meanwhile", "merely", "moreover", "much", "namely", "nearly", "nevertheless", "nothing",
    "now", "often", "otherwise", "particularly", "perhaps", "please", "pleased", "quite",
    "rather", "really", "regarding", "concerning", "seem", "seems", "since", "something",
    "sometimes", "somewhat", "still", "therefore", "though", "throughout", "together",
    "toward", "towards", "unless", "usually", "various", "want", "wants", "whatever",
    "whenever", "whereas", "wherever", "whereby", "wish", "yes", "several", "certain",
};

}  // namespace

const Xapian::Stopper& stopper() {
    static const Xapian::SimpleStopper words(std::begin(kStopwords), std::end(kStopwords));
    return words;
}

}  // namespace newsdex::schema

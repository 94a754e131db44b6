#pragma once
// A newsdex database opened for writing by a program that holds its articles in memory:
// add, replace and remove articles, then commit. They are split, attributed and analysed
// as files are, and live beside the articles newsdex-index takes from files.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "newsdex/article.hpp"
#include "newsdex/indexer.hpp"

namespace newsdex {

/// What adding or replacing an article did.
struct ArticleWrite {
    std::size_t passages = 0;           ///< passages written
    bool replaced = false;              ///< the index had an article of this id before
    std::vector<std::string> warnings;  ///< what cost the article a detail (an unreadable date)
};

/// Writes articles a program holds in memory. Ids share one namespace with files' (README,
/// "Indexing", "Article ids"): these articles are held by the database, so newsdex-index
/// neither deletes them nor lets a file take their ids, and an Index leaves files' articles
/// alone. While open it holds the single-writer lock, as newsdex-index does.
class Index {
  public:
    /// Opens or creates options.db_path (db_path, paths, speakers_path, topics_path,
    /// lock_timeout, positions and commit_every as for index_paths). Throws DatabaseError.
    explicit Index(const IndexOptions& options);
    /// Drops what was not committed, and lets go of the lock.
    ~Index();
    Index(Index&&) noexcept;
    Index& operator=(Index&&) noexcept;

    /// Adds a new article; InputError if its id is indexed already or it is malformed.
    ArticleWrite add(Article article);
    /// Adds the article or replaces the one of its id; InputError if a file holds the id.
    ArticleWrite replace(Article article);
    /// Deletes an article; false if there is none, InputError if a file holds it.
    bool remove(const std::string& id);
    /// Makes the changes visible to searches (as every options.commit_every articles; 0: no).
    void commit();

    /// The speaker table in use ("" when none was found).
    const std::string& speakers_path() const;
    /// The topic taxonomy in use ("" when none was found).
    const std::string& topics_path() const;

  private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace newsdex

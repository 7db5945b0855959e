// libsummit from C++: the C API with RAII wrappers (no C++ API is needed).
//   summit_cpp_example FILE QUERY
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

#include <summit/summit.h>

struct collection_deleter {
    void operator()(summit_collection *c) const { summit_collection_free(c); }
};
struct results_deleter {
    void operator()(summit_results *r) const { summit_results_free(r); }
};
using collection_ptr = std::unique_ptr<summit_collection, collection_deleter>;
using results_ptr = std::unique_ptr<summit_results, results_deleter>;

static collection_ptr load(const char *path)
{
    summit_collection *c = nullptr;
    summit_error err;
    if (summit_collection_load_file(path, nullptr, &c, &err) != SUMMIT_OK)
        throw std::runtime_error(std::string(path) + ":" + std::to_string(err.line) + ":" +
                                 std::to_string(err.column) + ": " + err.message);
    return collection_ptr(c);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: summit_cpp_example FILE QUERY\n");
        return 2;
    }
    try {
        collection_ptr c = load(argv[1]);
        summit_results *raw = nullptr;
        summit_error err;
        if (summit_search(c.get(), argv[2], 3, &raw, &err) != SUMMIT_OK)
            throw std::runtime_error(std::string("query: ") + err.message);
        results_ptr r(raw);
        for (size_t i = 0; i < summit_results_count(r.get()); i++)
            std::printf("%s\n", summit_results_record(r.get(), i)->id);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}

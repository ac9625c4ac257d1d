#ifndef SKEPTIC_CSQLITE_SHIM_H
#define SKEPTIC_CSQLITE_SHIM_H
#include <sqlite3.h>

/* SQLITE_TRANSIENT is a cast macro Swift cannot import: sqlite3 copies the bound text. */
static inline int sk_bind_text(sqlite3_stmt *s, int i, const char *text) {
    return sqlite3_bind_text(s, i, text, -1, SQLITE_TRANSIENT);
}
#endif

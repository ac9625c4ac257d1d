#ifndef SKEPTIC_CCMARK_SHIM_H
#define SKEPTIC_CCMARK_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

// The extension node types are C globals set at registration (declared in headers Debian does not ship);
// Swift 6 cannot read mutable globals directly.
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL, CMARK_NODE_STRIKETHROUGH;
static inline cmark_node_type sk_cmark_node_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type sk_cmark_node_table_row(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type sk_cmark_node_table_cell(void) { return CMARK_NODE_TABLE_CELL; }
static inline cmark_node_type sk_cmark_node_strikethrough(void) { return CMARK_NODE_STRIKETHROUGH; }
#endif

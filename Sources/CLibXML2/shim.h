#ifndef SKEPTIC_CLIBXML2_SHIM_H
#define SKEPTIC_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// ICU's UErrorCode would clash with Foundation's.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// xmlFree is a C global function pointer: Swift 6 cannot call it directly.
static inline void sk_xml_free(void *p) { xmlFree(p); }

// Generic messages (outside a parser context) are swallowed: nothing may reach the terminal.
static void sk_xml_silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

// Parser errors are counted in the int that the context's _private points to, never printed.
static void sk_xml_count_error(void *data, xmlErrorPtr error) {
    (void)error;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)data;
    if (ctxt != NULL && ctxt->_private != NULL) (*(int *)ctxt->_private)++;
}

/// Parses an HTML page without printing anything; `*errors` receives the number of problems recovered from.
static inline htmlDocPtr sk_html_read(const char *buffer, int size, const char *encoding, int options, int *errors) {
    xmlSetGenericErrorFunc(NULL, sk_xml_silent);
    xmlSetStructuredErrorFunc(NULL, NULL);
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (ctxt == NULL) return NULL;
    *errors = 0;
    ctxt->_private = errors;
    if (ctxt->sax != NULL) {
        ctxt->sax->serror = sk_xml_count_error;
        ctxt->sax->initialized = XML_SAX2_MAGIC;
    }
    ctxt->userData = ctxt;
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, buffer, size, NULL, encoding, options);
    htmlFreeParserCtxt(ctxt);
    return doc;
}
/// Parses an XML document (a feed) without printing anything, without the network and without expanding
/// entities from outside (no XXE); recovers what it can.
static inline xmlDocPtr sk_xml_read(const char *buffer, int size, int *errors) {
    xmlSetGenericErrorFunc(NULL, sk_xml_silent);
    xmlSetStructuredErrorFunc(NULL, NULL);
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL) return NULL;
    *errors = 0;
    ctxt->_private = errors;
    if (ctxt->sax != NULL) {
        ctxt->sax->serror = sk_xml_count_error;
        ctxt->sax->initialized = XML_SAX2_MAGIC;
    }
    ctxt->userData = ctxt;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, buffer, size, NULL, NULL,
                                      XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET | XML_PARSE_NOCDATA);
    xmlFreeParserCtxt(ctxt);
    return doc;
}
#endif

#ifndef SKEPTIC_CCURL_SHIM_H
#define SKEPTIC_CCURL_SHIM_H
#include <curl/curl.h>

/* curl_easy_setopt and curl_easy_getinfo are variadic: one wrapper per argument type. */
static inline CURLcode sk_curl_set_long(CURL *c, CURLoption o, long v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode sk_curl_set_string(CURL *c, CURLoption o, const char *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode sk_curl_set_pointer(CURL *c, CURLoption o, void *v) { return curl_easy_setopt(c, o, v); }
typedef size_t (*sk_curl_write_fn)(char *, size_t, size_t, void *);
static inline CURLcode sk_curl_set_write(CURL *c, sk_curl_write_fn f) { return curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, f); }
typedef int (*sk_curl_progress_fn)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
static inline CURLcode sk_curl_set_progress(CURL *c, sk_curl_progress_fn f) {
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    return curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, f);
}
static inline long sk_curl_response_code(CURL *c) { long v = 0; curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &v); return v; }
static inline const char *sk_curl_effective_url(CURL *c) { char *v = NULL; curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &v); return v; }
static inline const char *sk_curl_content_type(CURL *c) { char *v = NULL; curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &v); return v; }
/* A response header's value from the last request (after redirects), or NULL. */
static inline const char *sk_curl_header(CURL *c, const char *name) {
    struct curl_header *h = NULL;
    if (curl_easy_header(c, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK || h == NULL) return NULL;
    return h->value;
}
#endif

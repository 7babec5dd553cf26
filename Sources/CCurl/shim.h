#ifndef AGGREGATOR_CCURL_SHIM_H
#define AGGREGATOR_CCURL_SHIM_H

#include <curl/curl.h>

// Swift cannot call C variadic functions, and curl_easy_setopt,
// curl_easy_getinfo and curl_multi_setopt are variadic. Each wrapper below
// fixes one argument type so Swift sees an ordinary prototype. They hold no
// logic on purpose: every decision stays in Swift.

static inline CURLcode aggregator_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode aggregator_curl_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode aggregator_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode aggregator_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode aggregator_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

typedef size_t (*aggregator_curl_data_callback)(char *data, size_t size, size_t count, void *context);

static inline CURLcode aggregator_curl_easy_setopt_data_callback(CURL *handle, CURLoption option, aggregator_curl_data_callback value) {
    return curl_easy_setopt(handle, option, value);
}

typedef int (*aggregator_curl_progress_callback)(void *context, curl_off_t download_total, curl_off_t download_now, curl_off_t upload_total, curl_off_t upload_now);

static inline CURLcode aggregator_curl_easy_setopt_progress_callback(CURL *handle, CURLoption option, aggregator_curl_progress_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode aggregator_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode aggregator_curl_easy_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode aggregator_curl_easy_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode aggregator_curl_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode aggregator_curl_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
    return curl_multi_setopt(handle, option, value);
}

#endif

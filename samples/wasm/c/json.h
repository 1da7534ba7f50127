/* A tiny JSON helper for ecograph rule plugins written in C: enough to read a request of
 * protocol ecograph.rule/1 and to write a reply. Copy json.h and json.c into your own rule.
 *
 * Reading parses in place: strings are unescaped inside the request's own bytes and end with a
 * NUL there, so `value->text` is an ordinary C string (JSON's \u0000 would cut it short).
 * Memory comes from json_alloc(), which the program provides (wasm_abi.c: a bump allocator over
 * the module's memory; native_main.c: malloc).
 */
#ifndef ECOGRAPH_JSON_H
#define ECOGRAPH_JSON_H

#include <stddef.h>

/* Supplied by the program: size bytes, aligned to 8, or NULL when memory is exhausted. */
void *json_alloc(size_t size);

typedef enum { JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT } json_type;

typedef struct json_value {
    json_type type;
    const char *text;          /* a string's unescaped text, NUL-terminated; or a number's digits */
    size_t length;             /* bytes in text (a number's digits are not NUL-terminated) */
    const char *key;           /* the member name, when this value belongs to an object */
    struct json_value *child;  /* an array's first element or an object's first member */
    struct json_value *next;   /* the next element or member of the parent */
} json_value;

/* Parses the `length` bytes at `text` (changing them); NULL when they are not JSON, nest deeper
 * than 64 levels, or memory runs out. */
json_value *json_parse(char *text, size_t length);

/* The member `key` of an object, or NULL. */
json_value *json_get(const json_value *object, const char *key);

/* A string value's text, or NULL when the value is missing or not a string. */
const char *json_string(const json_value *value);

/* Whether a value is the string `text`. */
int json_is(const json_value *value, const char *text);

/* A growing output buffer for the reply. `failed` is set when memory ran out. */
typedef struct {
    char *bytes;
    size_t length, capacity;
    int failed;
} json_writer;

void json_raw(json_writer *out, const char *text);        /* text as it is: {"protocol": */
void json_escaped(json_writer *out, const char *text);    /* text escaped for inside a string */
void json_quoted(json_writer *out, const char *text);     /* a string, quoted and escaped */

#endif

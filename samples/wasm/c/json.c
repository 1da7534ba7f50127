/* A tiny JSON helper for ecograph rule plugins; see json.h. No C library needed. */
#include "json.h"

typedef struct {
    char *at, *end;
    int depth;
} reader;

static void skip_space(reader *in) {
    while (in->at < in->end && (*in->at == ' ' || *in->at == '\n' || *in->at == '\r' || *in->at == '\t')) in->at++;
}

static json_value *make(json_type type) {
    json_value *value = json_alloc(sizeof(json_value));
    if (value) *value = (json_value){ .type = type };
    return value;
}

static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int hex4(reader *in, unsigned *code) {
    if (in->end - in->at < 4) return 0;
    *code = 0;
    for (int i = 0; i < 4; i++) {
        int digit = hex(in->at[i]);
        if (digit < 0) return 0;
        *code = *code * 16 + (unsigned)digit;
    }
    in->at += 4;
    return 1;
}

/* Reads a string after its opening quote, unescaping it in place; returns its start. */
static char *read_string(reader *in, size_t *length) {
    char *start = in->at, *out = in->at;
    while (in->at < in->end) {
        char c = *in->at++;
        if (c == '"') {
            *out = 0; /* the closing quote or an escape's leftovers: already read */
            *length = (size_t)(out - start);
            return start;
        }
        if ((unsigned char)c < 0x20) return 0;
        if (c != '\\') { *out++ = c; continue; }
        if (in->at >= in->end) return 0;
        char escape = *in->at++;
        switch (escape) {
        case '"': case '\\': case '/': *out++ = escape; break;
        case 'b': *out++ = '\b'; break;
        case 'f': *out++ = '\f'; break;
        case 'n': *out++ = '\n'; break;
        case 'r': *out++ = '\r'; break;
        case 't': *out++ = '\t'; break;
        case 'u': {
            unsigned code;
            if (!hex4(in, &code)) return 0;
            if (code >= 0xD800 && code < 0xDC00) { /* a surrogate pair */
                unsigned low;
                if (in->end - in->at < 6 || in->at[0] != '\\' || in->at[1] != 'u') return 0;
                in->at += 2;
                if (!hex4(in, &low) || low < 0xDC00 || low > 0xDFFF) return 0;
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            }
            if (code < 0x80) {
                *out++ = (char)code;
            } else if (code < 0x800) {
                *out++ = (char)(0xC0 | code >> 6);
                *out++ = (char)(0x80 | (code & 0x3F));
            } else if (code < 0x10000) {
                *out++ = (char)(0xE0 | code >> 12);
                *out++ = (char)(0x80 | ((code >> 6) & 0x3F));
                *out++ = (char)(0x80 | (code & 0x3F));
            } else {
                *out++ = (char)(0xF0 | code >> 18);
                *out++ = (char)(0x80 | ((code >> 12) & 0x3F));
                *out++ = (char)(0x80 | ((code >> 6) & 0x3F));
                *out++ = (char)(0x80 | (code & 0x3F));
            }
            break;
        }
        default: return 0;
        }
    }
    return 0;
}

static int literal(reader *in, const char *word) {
    for (; *word; word++, in->at++) {
        if (in->at >= in->end || *in->at != *word) return 0;
    }
    return 1;
}

static json_value *read_value(reader *in);

/* Reads the elements of an array or the members of an object, after its opening bracket. */
static json_value *read_container(reader *in, json_type type, char close) {
    json_value *container = make(type), **last = container ? &container->child : 0;
    if (!container || ++in->depth > 64) return 0;
    skip_space(in);
    if (in->at < in->end && *in->at == close) { in->at++; in->depth--; return container; }
    for (;;) {
        const char *key = 0;
        if (type == JSON_OBJECT) {
            size_t key_length;
            if (in->at >= in->end || *in->at++ != '"' || !(key = read_string(in, &key_length))) return 0;
            skip_space(in);
            if (in->at >= in->end || *in->at++ != ':') return 0;
        }
        json_value *item = read_value(in);
        if (!item) return 0;
        item->key = key;
        *last = item;
        last = &item->next;
        skip_space(in);
        if (in->at >= in->end) return 0;
        char c = *in->at++;
        if (c == close) { in->depth--; return container; }
        if (c != ',') return 0;
        skip_space(in);
    }
}

static json_value *read_value(reader *in) {
    skip_space(in);
    if (in->at >= in->end) return 0;
    char c = *in->at;
    json_value *value;
    switch (c) {
    case '{': in->at++; return read_container(in, JSON_OBJECT, '}');
    case '[': in->at++; return read_container(in, JSON_ARRAY, ']');
    case '"':
        in->at++;
        if (!(value = make(JSON_STRING))) return 0;
        value->text = read_string(in, &value->length);
        return value->text ? value : 0;
    case 't': return literal(in, "true") ? make(JSON_TRUE) : 0;
    case 'f': return literal(in, "false") ? make(JSON_FALSE) : 0;
    case 'n': return literal(in, "null") ? make(JSON_NULL) : 0;
    default:
        if (c != '-' && (c < '0' || c > '9')) return 0;
        if (!(value = make(JSON_NUMBER))) return 0;
        value->text = in->at;
        while (in->at < in->end && (*in->at == '-' || *in->at == '+' || *in->at == '.' || *in->at == 'e'
                                    || *in->at == 'E' || (*in->at >= '0' && *in->at <= '9'))) in->at++;
        value->length = (size_t)(in->at - value->text);
        return value; /* not NUL-terminated: the next byte belongs to the document */
    }
}

json_value *json_parse(char *text, size_t length) {
    reader in = { text, text + length, 0 };
    json_value *value = read_value(&in);
    skip_space(&in);
    return in.at == in.end ? value : 0;
}

static int same(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return *a == *b;
}

json_value *json_get(const json_value *object, const char *key) {
    if (!object || object->type != JSON_OBJECT) return 0;
    for (json_value *member = object->child; member; member = member->next) {
        if (same(member->key, key)) return member;
    }
    return 0;
}

const char *json_string(const json_value *value) {
    return value && value->type == JSON_STRING ? value->text : 0;
}

int json_is(const json_value *value, const char *text) {
    return value && value->type == JSON_STRING && same(value->text, text);
}

static void put(json_writer *out, const char *bytes, size_t count) {
    if (out->failed) return;
    if (out->capacity - out->length < count) {
        size_t capacity = out->capacity ? out->capacity : 4096;
        while (capacity - out->length < count) capacity *= 2;
        char *grown = json_alloc(capacity);
        if (!grown) { out->failed = 1; return; }
        if (out->length) __builtin_memcpy(grown, out->bytes, out->length);
        out->bytes = grown;
        out->capacity = capacity;
    }
    if (count) __builtin_memcpy(out->bytes + out->length, bytes, count);
    out->length += count;
}

void json_raw(json_writer *out, const char *text) {
    size_t count = 0;
    while (text[count]) count++;
    put(out, text, count);
}

void json_escaped(json_writer *out, const char *text) {
    static const char digits[] = "0123456789abcdef";
    const char *run = text ? text : "";
    for (const char *at = run;; at++) {
        unsigned char c = (unsigned char)*at;
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        put(out, run, (size_t)(at - run)); /* the plain bytes before this one */
        if (c == 0) return;
        if (c < 0x20) {
            char escaped[6] = { '\\', 'u', '0', '0', digits[c >> 4], digits[c & 15] };
            put(out, escaped, 6);
        } else {
            char escaped[2] = { '\\', (char)c };
            put(out, escaped, 2);
        }
        run = at + 1;
    }
}

void json_quoted(json_writer *out, const char *text) {
    put(out, "\"", 1);
    json_escaped(out, text);
    put(out, "\"", 1);
}

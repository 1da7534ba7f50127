/* The one function a rule provides: the answer to one request of protocol ecograph.rule/1. */
#ifndef ECOGRAPH_RULE_H
#define ECOGRAPH_RULE_H

#include "json.h"

/* Answers the request in the `length` bytes at `request` (which it may change): a describe or a
 * check. The reply is in the writer's bytes; `failed` is set when memory ran out. */
json_writer ecograph_answer(char *request, size_t length);

#endif

#ifndef AGGREGATOR_CLIBXML2_SHIM_H
#define AGGREGATOR_CLIBXML2_SHIM_H

// The libxml2 headers the feed parser and the HTML sanitiser use.
//
// Debian builds libxml2 with ICU, so encoding.h includes the system ICU
// headers, whose types clash with the copy of ICU bundled in Foundation
// ("'UErrorCode' has different definitions in different modules") in any
// module that sees both, even through an internal import. ICU only adds two
// pointers at the end of xmlCharEncodingHandler, which we never touch (we
// transcode with iconv ourselves), so the module is built without them.
// Targets importing this module still import FoundationEssentials at most.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>
#include <libxml/uri.h>
#include <libxml/encoding.h>

#endif

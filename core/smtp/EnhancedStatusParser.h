// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SmtpReply.h"

#include <QByteArrayView>

namespace mxscope {

// Recognises the RFC 3463 "class.subject.detail" prefix of a reply line's text
// (RFC 2034 puts it first on every line when ENHANCEDSTATUSCODES is offered).
namespace EnhancedStatusParser {

// The code at the start of text, when text starts with one followed by a space or the end.
std::optional<EnhancedStatus> parse(QByteArrayView text);
// text without a leading enhanced code and the space after it.
QByteArrayView stripPrefix(QByteArrayView text);

} // namespace EnhancedStatusParser
} // namespace mxscope

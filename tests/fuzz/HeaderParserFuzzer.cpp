// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// libFuzzer target: the header disclosure analyser fed arbitrary message bytes, once with
// the real limits and once with tiny ones so the limit paths are reached quickly.
#include "headers/HeaderAnalysis.h"
#include "headers/HeaderJson.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace mxscope;

namespace {

void check(bool condition)
{
    if (!condition)
        abort();
}

void analyse(const QByteArray &message, const HeaderLimits &limits)
{
    const HeaderAnalysis analysis = analyseHeaders(message, limits);
    check(analysis.ok() || (analysis.hops.isEmpty() && analysis.findings.isEmpty()));
    check(analysis.block.fields.size() <= limits.maxFields);
    check(analysis.hops.size() <= HopTimeline::maxHops);
    for (const Hop &hop : analysis.hops) {
        check(hop.number >= 1);
        check(!hop.delaySeconds || hop.number > 1);
    }
    for (const Finding &finding : analysis.findings)
        check(!finding.id.isEmpty() && !finding.title.isEmpty());
    (void)QJsonDocument(HeaderJson::toJson(analysis)).toJson();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray message
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    analyse(message, HeaderLimits {});
    HeaderLimits tiny;
    tiny.maxBlockBytes = 512;
    tiny.maxLineBytes = 100;
    tiny.maxFields = 6;
    analyse(message, tiny);
    return 0;
}

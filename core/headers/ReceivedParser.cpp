// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/ReceivedParser.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace mxscope::ReceivedParser {

namespace {

constexpr qsizetype maxTokens = 256;

struct Token {
    QString text;
    bool comment = false;
};

// Splits clause text into words and (possibly nested) comments. Quoted pairs are kept.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size() && tokens.size() < maxTokens) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(')) {
            int depth = 0;
            const qsizetype start = i;
            for (; i < text.size(); ++i) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('\\')) {
                    ++i;
                } else if (d == QLatin1Char('(')) {
                    ++depth;
                } else if (d == QLatin1Char(')') && --depth == 0) {
                    ++i;
                    break;
                }
            }
            const qsizetype end = std::min(i, text.size());
            QString inner = text.mid(start + 1, end - start - 1);
            if (inner.endsWith(QLatin1Char(')')) && depth == 0)
                inner.chop(1);
            tokens.append({inner.simplified(), true});
        } else {
            const qsizetype start = i;
            while (i < text.size() && !text.at(i).isSpace() && text.at(i) != QLatin1Char('('))
                ++i;
            tokens.append({text.mid(start, i - start), false});
        }
    }
    return tokens;
}

// The last ";" outside comments separates the clauses from the date.
qsizetype dateSeparator(const QString &text)
{
    int depth = 0;
    qsizetype found = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            ++i;
        else if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        else if (c == QLatin1Char(';') && depth == 0)
            found = i;
    }
    return found;
}

bool isKeyword(const QString &word)
{
    static const QStringList keywords
        = {QStringLiteral("from"), QStringLiteral("by"), QStringLiteral("via"),
           QStringLiteral("with"), QStringLiteral("id"), QStringLiteral("for")};
    return keywords.contains(word.toLower());
}

// TCP-info as MTAs write it: "(host.example [192.0.2.1])", "([192.0.2.1] helo=x)",
// "(192.0.2.1)", "(2603:10a6::21)", "(HELO x) (192.0.2.1)", "(HELO x)".
void readTcpInfo(const QString &comment, ReceivedField &field)
{
    const QStringList words = comment.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        if (word.endsWith(QLatin1Char(',')))
            word.chop(1);
        const bool afterHelo = i > 0
            && (words.at(i - 1).compare(QLatin1String("HELO"), Qt::CaseInsensitive) == 0
                || words.at(i - 1).compare(QLatin1String("EHLO"), Qt::CaseInsensitive) == 0);
        const QString address = addressLiteral(word);
        if (word.startsWith(QLatin1String("helo="), Qt::CaseInsensitive)) {
            if (field.heloName.isEmpty())
                field.heloName = word.mid(5);
        } else if (afterHelo) {
            if (field.heloName.isEmpty())
                field.heloName = word;
        } else if (!address.isEmpty()) {
            if (field.fromAddress.isEmpty())
                field.fromAddress = address;
        } else if (field.fromHost.isEmpty() && i == 0 && word.contains(QLatin1Char('.'))
                   && !word.contains(QLatin1Char('=')) && !word.startsWith(QLatin1Char('['))) {
            field.fromHost = word;
        }
    }
}

} // namespace

QString addressLiteral(const QString &text)
{
    QString literal = text.trimmed();
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']')))
        literal = literal.mid(1, literal.size() - 2);
    if (literal.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
        literal = literal.mid(5);
    if (literal.size() < 2 || literal.size() > 60)
        return {};
    // QHostAddress accepts "1" or "1.2" as IPv4; only dotted quads and IPv6 count here.
    if (!literal.contains(QLatin1Char(':')) && literal.count(QLatin1Char('.')) != 3)
        return {};
    const QHostAddress address(literal);
    return address.isNull() ? QString() : literal;
}

QDateTime parseDate(const QString &text)
{
    static const QRegularExpression comment(QStringLiteral(R"(\([^()]*\))"));
    QString date = text;
    date.remove(comment);
    date = date.simplified();
    if (date.isEmpty() || date.size() > 100)
        return {};
    static const QList<std::pair<QLatin1String, QLatin1String>> zones = {
        {QLatin1String(" UT"), QLatin1String(" +0000")},
        {QLatin1String(" GMT"), QLatin1String(" +0000")},
        {QLatin1String(" UTC"), QLatin1String(" +0000")},
        {QLatin1String(" Z"), QLatin1String(" +0000")},
        {QLatin1String(" EST"), QLatin1String(" -0500")},
        {QLatin1String(" EDT"), QLatin1String(" -0400")},
        {QLatin1String(" CST"), QLatin1String(" -0600")},
        {QLatin1String(" CDT"), QLatin1String(" -0500")},
        {QLatin1String(" MST"), QLatin1String(" -0700")},
        {QLatin1String(" MDT"), QLatin1String(" -0600")},
        {QLatin1String(" PST"), QLatin1String(" -0800")},
        {QLatin1String(" PDT"), QLatin1String(" -0700")},
    };
    for (const auto &[name, offset] : zones) {
        if (date.endsWith(name, Qt::CaseInsensitive)) {
            date.chop(name.size());
            date += offset;
            break;
        }
    }
    QDateTime parsed = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!parsed.isValid()) {
        // Without the weekday, which RFC 5322 makes optional and some relays get wrong.
        const qsizetype comma = date.indexOf(QLatin1Char(','));
        if (comma >= 0 && comma < 12)
            parsed = QDateTime::fromString(date.mid(comma + 1).trimmed(), Qt::RFC2822Date);
    }
    return parsed;
}

ReceivedField parse(const QString &value)
{
    ReceivedField field;
    field.raw = value.simplified();
    QString clauses = field.raw;
    const qsizetype separator = dateSeparator(clauses);
    if (separator >= 0) {
        field.dateText = clauses.mid(separator + 1).trimmed();
        clauses.truncate(separator);
        field.time = parseDate(field.dateText);
    }

    QString keyword;
    bool valueTaken = false;
    bool afterComment = false;
    for (const Token &token : tokenize(clauses)) {
        if (token.comment) {
            field.comments.append(token.text);
            if (keyword == QLatin1String("from"))
                readTcpInfo(token.text, field);
            else if (keyword == QLatin1String("by") && field.byAddress.isEmpty())
                field.byAddress = addressLiteral(token.text);
            afterComment = true;
            continue;
        }
        if (isKeyword(token.text) && (valueTaken || keyword.isEmpty())) {
            keyword = token.text.toLower();
            valueTaken = false;
            afterComment = false;
            continue;
        }
        if (keyword.isEmpty())
            continue; // text before any clause: not RFC 5321, ignore it
        QString *target = nullptr;
        if (keyword == QLatin1String("from"))
            target = &field.from;
        else if (keyword == QLatin1String("by"))
            target = &field.by;
        else if (keyword == QLatin1String("via"))
            target = &field.via;
        else if (keyword == QLatin1String("with"))
            target = &field.with;
        else if (keyword == QLatin1String("id"))
            target = &field.id;
        else
            target = &field.recipient;
        if (!valueTaken) {
            *target = token.text;
            valueTaken = true;
        } else if (keyword == QLatin1String("with") && !afterComment) {
            *target += QLatin1Char(' ') + token.text; // "Microsoft SMTP Server"
        }
    }
    if (field.fromAddress.isEmpty())
        field.fromAddress = addressLiteral(field.from);
    if (field.byAddress.isEmpty())
        field.byAddress = addressLiteral(field.by);
    return field;
}

} // namespace mxscope::ReceivedParser

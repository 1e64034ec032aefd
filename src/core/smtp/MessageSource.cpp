#include "core/smtp/MessageSource.h"

#include <QBuffer>
#include <QDir>
#include <QLocale>
#include <QTemporaryFile>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace {

constexpr char kCrlf[] = "\r\n";

// RFC 2047 §2: an encoded-word is at most 75 characters, and a header line holding one at most 76.
constexpr qsizetype kMaxEncodedWord = 75;
constexpr qsizetype kMaxEncodedLine = 76;
// RFC 5322 §2.1.1: lines SHOULD stay within 78 characters.
constexpr qsizetype kFoldColumn = 78;
constexpr char kEncodedWordStart[] = "=?UTF-8?B?";
constexpr char kEncodedWordEnd[] = "?=";

bool hasForbiddenControl(const QString &value)
{
    return value.contains(u'\r') || value.contains(u'\n') || value.contains(QChar(0));
}

// RFC 5322 §2.2: a field name is one or more printable ASCII characters other than the colon.
bool isValidHeaderName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar ch : name) {
        if (ch.unicode() < 33 || ch.unicode() > 126 || ch == u':')
            return false;
    }
    return true;
}

// Whether an unstructured value must travel as encoded-words: 8-bit text, controls other than TAB,
// something a decoder could take for an encoded-word, or a word too long to fold under 998 octets.
bool needsEncodedWords(const QString &value)
{
    if (value.contains(QLatin1String("=?")))
        return true;
    qsizetype word = 0;
    for (const QChar ch : value) {
        const char16_t c = ch.unicode();
        if (c >= 0x7F || (c < 0x20 && c != u'\t'))
            return true;
        word = (c == u' ' || c == u'\t') ? 0 : word + 1;
        if (word > MessageSource::kMaxLineLength - kFoldColumn)
            return true;
    }
    return false;
}

// RFC 5322 §2.2.3: folds "Name: value" by putting CRLF before a space, keeping lines within 78 columns
// where the words allow it. Unfolding (removing each CRLF) gives the original line back.
QByteArray foldedAscii(const QByteArray &line)
{
    QByteArray out;
    const qsizetype valueStart = line.indexOf(':') + 2;
    qsizetype lineStart = 0;
    qsizetype lastSpace = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == ' ' && i > valueStart)
            lastSpace = i;
        if (i - lineStart >= kFoldColumn && lastSpace > lineStart) {
            out += line.mid(lineStart, lastSpace - lineStart) + kCrlf;
            lineStart = lastSpace;
            lastSpace = -1;
        }
    }
    return out + line.mid(lineStart);
}

// RFC 2047 §5: "Name: =?UTF-8?B?…?=" split into as many encoded-words as needed, separated by CRLF SPACE
// (ignored between encoded-words when decoding, §6.2). Every word ends on a UTF-8 character boundary,
// because §5 forbids splitting a character across words.
QByteArray encodedWords(const QByteArray &prefix, const QByteArray &utf8)
{
    const qsizetype overhead = qsizetype(sizeof kEncodedWordStart + sizeof kEncodedWordEnd - 2);
    QByteArray out = prefix;
    qsizetype used = prefix.size();
    qsizetype pos = 0;
    do {
        const qsizetype room = qMin(kMaxEncodedWord, kMaxEncodedLine - used) - overhead;
        qsizetype end = qMin(pos + room / 4 * 3, utf8.size());
        while (end > pos && end < utf8.size() && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        while (end == pos || (end < utf8.size() && (uchar(utf8.at(end)) & 0xC0) == 0x80))
            ++end; // no room for even one character: overlong rather than never ending
        out += kEncodedWordStart + utf8.mid(pos, end - pos).toBase64() + kEncodedWordEnd;
        pos = end;
        if (pos < utf8.size()) {
            out += "\r\n ";
            used = 1;
        }
    } while (pos < utf8.size());
    return out;
}

QByteArray unstructuredHeader(const QByteArray &name, const QString &value)
{
    if (value.isEmpty())
        return name + ':';
    const QByteArray prefix = name + ": ";
    if (needsEncodedWords(value))
        return encodedWords(prefix, value.toUtf8());
    return foldedAscii(prefix + value.toUtf8());
}

// "To: a, b, …" with a fold after a comma whenever the next address would pass column 78.
QByteArray addressHeader(const QByteArray &name, const QStringList &addresses)
{
    QByteArray out = name + ':';
    qsizetype column = out.size();
    bool first = true;
    for (const QString &address : addresses) {
        const QByteArray bytes = address.toUtf8();
        if (!first) {
            out += ',';
            ++column;
            if (column + 1 + bytes.size() > kFoldColumn) {
                out += kCrlf;
                column = 0;
            }
        }
        out += ' ' + bytes;
        column += 1 + bytes.size();
        first = false;
    }
    return out;
}

// RFC 5322 §3.3 date-time, in English whatever the UI language, with the numeric zone of `date`.
QByteArray rfc5322Date(const QDateTime &date)
{
    const int offsetMinutes = date.offsetFromUtc() / 60;
    const int absolute = qAbs(offsetMinutes);
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(QChar(offsetMinutes < 0 ? u'-' : u'+'))
                             .arg(absolute / 60, 2, 10, QLatin1Char('0'))
                             .arg(absolute % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) + u' ' + zone).toUtf8();
}

// The domain of the From address in ASCII (IDNA) form, for a Message-ID's right-hand side.
QByteArray messageIdDomain(const QString &from)
{
    QString address = from;
    const qsizetype open = address.lastIndexOf(u'<');
    if (open >= 0)
        address = address.mid(open + 1).section(u'>', 0, 0);
    const qsizetype at = address.lastIndexOf(u'@');
    const QByteArray ace = at >= 0 ? QUrl::toAce(address.mid(at + 1).trimmed()) : QByteArray();
    const bool usable = !ace.isEmpty() && std::all_of(ace.cbegin(), ace.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
    return usable ? ace : QByteArrayLiteral("smtp-doctor.invalid");
}

// The body with CRLF line endings, and the Content-Transfer-Encoding it can travel with: 7bit or 8bit
// (RFC 2045 §2.7, §2.8) allow no NUL and no line over 998 octets; anything else goes as base64.
std::pair<QByteArray, QByteArray> encodedBody(const QString &body)
{
    QByteArray bytes = body.toUtf8();
    bytes.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    if (!bytes.isEmpty() && !bytes.endsWith(kCrlf))
        bytes += kCrlf;

    bool eightBit = false;
    bool lineTooLong = false;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        eightBit = eightBit || uchar(c) >= 0x80;
        if (c == '\n')
            lineStart = i + 1;
        else if (c != '\r' && i - lineStart >= MessageSource::kMaxLineLength)
            lineTooLong = true;
    }
    if (!lineTooLong && !bytes.contains('\0'))
        return {bytes, eightBit ? QByteArrayLiteral("8bit") : QByteArrayLiteral("7bit")};

    const QByteArray base64 = bytes.toBase64();
    QByteArray wrapped;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        wrapped += base64.mid(i, 76) + kCrlf;
    return {wrapped, QByteArrayLiteral("base64")};
}

QStringList nonBlank(const QStringList &list)
{
    QStringList out;
    for (const QString &item : list) {
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    }
    return out;
}

} // namespace

MessageSource::MessageSource(QIODevice *device)
    : m_device(device)
{
    if (m_device) {
        if (m_device->isTextModeEnabled())
            m_device->setTextModeEnabled(false);
        m_start = m_device->isSequential() ? 0 : m_device->pos();
    }
}

MessageSource::MessageSource(std::unique_ptr<QIODevice> device)
    : MessageSource(device.get())
{
    m_owned = std::move(device);
}

MessageSource MessageSource::fromBytes(const QByteArray &message)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(message);
    buffer->open(QIODevice::ReadOnly);
    return MessageSource(std::move(buffer));
}

MessageSource::MessageSource(MessageSource &&) noexcept = default;
MessageSource &MessageSource::operator=(MessageSource &&) noexcept = default;
MessageSource::~MessageSource() = default;

std::optional<MessageSource::Facts> MessageSource::scan(QString *error)
{
    const auto failed = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!m_device || !m_device->isReadable())
        return failed(tr("The message cannot be read: it is not open for reading."));
    if (m_device->isSequential())
        return failed(tr("The message comes from a stream that can be read only once; it must be copied to a "
                         "temporary file before it can be measured and sent."));
    if (!m_device->seek(m_start))
        return failed(tr("The message cannot be read from its start: %1").arg(m_device->errorString()));

    Normaliser normaliser;
    QByteArray buffer(kDefaultChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = m_device->read(buffer.data(), buffer.size());
        if (got < 0) {
            const QString reason = tr("Reading the message failed: %1").arg(m_device->errorString());
            m_device->seek(m_start);
            restart();
            return failed(reason);
        }
        if (got == 0)
            break;
        normaliser.feed(buffer.constData(), qsizetype(got), nullptr);
    }
    normaliser.finish(nullptr);

    if (!m_device->seek(m_start))
        return failed(tr("The message cannot be read from its start: %1").arg(m_device->errorString()));
    restart();
    return normaliser.facts;
}

QByteArray MessageSource::nextChunk(qsizetype maxBytes)
{
    maxBytes = qMax<qsizetype>(maxBytes, 1);
    if (m_state == State::Reading && (!m_device || !m_device->isReadable()))
        fail(tr("The message cannot be read: it is not open for reading."));

    while (m_state == State::Reading && m_pending.size() < maxBytes) {
        // Never read more than the chunk still needs: each octet becomes at most two, so the pending
        // payload stays under about twice the chunk size whatever the message.
        const qsizetype want = qMin(maxBytes - m_pending.size(), kDefaultChunkSize);
        if (m_readBuffer.size() < want)
            m_readBuffer.resize(want);
        const qint64 got = m_device->read(m_readBuffer.data(), want);
        if (got < 0) {
            fail(tr("Reading the message failed: %1").arg(m_device->errorString()));
        } else if (got == 0) {
            m_normaliser.finish(&m_pending);
            m_state = State::Finished;
        } else {
            m_bytesRead += got;
            m_normaliser.feed(m_readBuffer.constData(), qsizetype(got), &m_pending);
        }
    }

    QByteArray chunk;
    if (m_pending.size() <= maxBytes) {
        chunk = std::exchange(m_pending, {});
    } else {
        QByteArray rest = m_pending.mid(maxBytes);
        m_pending.truncate(maxBytes);
        chunk = std::exchange(m_pending, std::move(rest));
    }
    m_bytesProduced += chunk.size();
    return chunk;
}

bool MessageSource::atEnd() const
{
    return m_state != State::Reading && m_pending.isEmpty();
}

void MessageSource::restart()
{
    m_normaliser = Normaliser();
    m_pending.clear();
    m_error.clear();
    m_bytesRead = 0;
    m_bytesProduced = 0;
    m_state = State::Reading;
}

void MessageSource::fail(const QString &reason)
{
    m_pending.clear();
    m_error = reason;
    m_state = State::Failed;
}

void MessageSource::Normaliser::feed(const char *data, qsizetype size, QByteArray *out)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    const uchar *const end = p + size;
    while (p != end) {
        if (afterCr) {
            afterCr = false;
            if (*p == '\n') {
                ++p;
                continue;
            }
            ++facts.bareCr;
        }
        if (*p == '\r') {
            // Sent as CRLF at once; an LF that follows, even in the next read, is its partner.
            endLine(out);
            afterCr = true;
            ++p;
            continue;
        }
        if (*p == '\n') {
            ++facts.bareLf;
            endLine(out);
            ++p;
            continue;
        }

        // RFC 5321 §4.5.2: a line that starts with "." gets one more in front, wherever the read split it.
        if (atLineStart && *p == '.') {
            if (out)
                out->append('.');
            ++facts.payloadSize;
        }
        atLineStart = false;

        // The run of line content up to the next CR or LF (or the end of this read), in one append.
        const uchar *run = p;
        uchar high = 0;
        while (p != end && *p != '\r' && *p != '\n') {
            high |= *p;
            facts.nulBytes += *p == 0;
            ++p;
        }
        const qsizetype length = p - run;
        if (out)
            out->append(reinterpret_cast<const char *>(run), length);
        lineLength += length;
        facts.size += length;
        facts.payloadSize += length;
        if (high & 0x80) {
            facts.eightBit = true;
            facts.nonAsciiHeaders = facts.nonAsciiHeaders || inHeaders;
        }
    }
}

void MessageSource::Normaliser::endLine(QByteArray *out)
{
    if (out)
        out->append(kCrlf);
    facts.size += 2;
    facts.payloadSize += 2;
    ++facts.lines;
    facts.longestLine = qMax(facts.longestLine, lineLength);
    facts.longLines += lineLength > kMaxLineLength;
    // RFC 5322 §2.1: the header section ends at the first empty line.
    inHeaders = inHeaders && lineLength > 0;
    lineLength = 0;
    atLineStart = true;
}

void MessageSource::Normaliser::finish(QByteArray *out)
{
    if (afterCr) {
        afterCr = false;
        ++facts.bareCr;
    }
    // RFC 5321 §4.1.1.4: the terminator is "<CRLF>.<CRLF>", its first CRLF ending the last line; so an
    // unterminated last line gets its CRLF here, and a message that ended with one gets only ".\r\n".
    if (!atLineStart)
        endLine(out);
    if (out)
        out->append(".\r\n");
    facts.payloadSize += 3;
}

std::unique_ptr<QIODevice> MessageSource::spoolToTemporaryFile(QIODevice &in, QString *error)
{
    const auto failed = [error](const QString &reason) {
        if (error)
            *error = reason;
        return nullptr;
    };
    if (!in.isReadable())
        return failed(tr("The message cannot be read: it is not open for reading."));

    auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/smtp-doctor-XXXXXX.eml"));
    if (!file->open())
        return failed(tr("No temporary file could be created for the message: %1").arg(file->errorString()));

    QByteArray buffer(kDefaultChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = in.read(buffer.data(), buffer.size());
        if (got < 0)
            return failed(tr("Reading the message failed: %1").arg(in.errorString()));
        if (got == 0) {
            // A file or pipe at its end says so with 0 here; a socket or process may only be waiting.
            if (in.waitForReadyRead(-1))
                continue;
            break;
        }
        if (file->write(buffer.constData(), got) != got)
            return failed(tr("The message could not be written to a temporary file: %1").arg(file->errorString()));
    }
    if (!file->flush() || !file->seek(0))
        return failed(tr("The message could not be written to a temporary file: %1").arg(file->errorString()));
    return file;
}

std::optional<QByteArray> MessageSource::compose(const Composition &composition, QString *error)
{
    const auto failed = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QString lineBreak = tr("The %1 field holds a line break or NUL character, which could add header "
                                 "lines of its own; remove it.");

    const QString from = composition.from.trimmed();
    if (from.isEmpty())
        return failed(tr("The From field is required (RFC 5322 §3.6)."));
    if (hasForbiddenControl(from))
        return failed(lineBreak.arg(QStringLiteral("From")));
    const QStringList to = nonBlank(composition.to);
    const QStringList cc = nonBlank(composition.cc);
    for (const QString &address : to) {
        if (hasForbiddenControl(address))
            return failed(lineBreak.arg(QStringLiteral("To")));
    }
    for (const QString &address : cc) {
        if (hasForbiddenControl(address))
            return failed(lineBreak.arg(QStringLiteral("Cc")));
    }
    if (hasForbiddenControl(composition.subject))
        return failed(lineBreak.arg(QStringLiteral("Subject")));
    if (hasForbiddenControl(composition.messageId))
        return failed(lineBreak.arg(QStringLiteral("Message-ID")));

    // RFC 5322 §3.6: these appear at most once, and compose() writes them itself.
    static const QStringList generated = {
        QStringLiteral("From"),         QStringLiteral("To"),           QStringLiteral("Cc"),
        QStringLiteral("Subject"),      QStringLiteral("Date"),         QStringLiteral("Message-ID"),
        QStringLiteral("MIME-Version"), QStringLiteral("Content-Type"), QStringLiteral("Content-Transfer-Encoding"),
    };
    for (const auto &[name, value] : composition.extraHeaders) {
        if (!isValidHeaderName(name))
            return failed(tr("\"%1\" is not a header name: use printable ASCII characters without spaces or "
                             "colons (RFC 5322 §2.2).")
                              .arg(name));
        if (generated.contains(name, Qt::CaseInsensitive))
            return failed(tr("SMTP Doctor writes the %1 header itself; it cannot be added again.").arg(name));
        if (hasForbiddenControl(value))
            return failed(lineBreak.arg(name));
    }

    QString messageId = composition.messageId.trimmed();
    if (messageId.isEmpty())
        messageId =
            QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' + QString::fromLatin1(messageIdDomain(from));
    if (!messageId.startsWith(u'<'))
        messageId = u'<' + messageId + u'>';
    const QDateTime date = composition.date.isValid() ? composition.date : QDateTime::currentDateTime();
    const auto [body, transferEncoding] = encodedBody(composition.body);

    QByteArrayList headers;
    headers << "From: " + from.toUtf8();
    if (!to.isEmpty())
        headers << addressHeader("To", to);
    if (!cc.isEmpty())
        headers << addressHeader("Cc", cc);
    headers << unstructuredHeader("Subject", composition.subject);
    headers << "Date: " + rfc5322Date(date);
    headers << "Message-ID: " + messageId.toUtf8();
    headers << QByteArrayLiteral("MIME-Version: 1.0");
    headers << QByteArrayLiteral("Content-Type: text/plain; charset=UTF-8");
    headers << "Content-Transfer-Encoding: " + transferEncoding;
    for (const auto &[name, value] : composition.extraHeaders)
        headers << name.toLatin1() + ": " + value.toUtf8();

    return headers.join(kCrlf) + kCrlf + kCrlf + body;
}

#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcSmtp, "smtpdoctor.smtp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTls, "smtpdoctor.tls", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDns, "smtpdoctor.dns", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTranscript, "smtpdoctor.transcript", QtWarningMsg)

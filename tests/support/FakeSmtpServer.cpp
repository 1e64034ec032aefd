#include "support/FakeSmtpServer.h"

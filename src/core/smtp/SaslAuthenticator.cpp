#include "core/smtp/SaslAuthenticator.h"

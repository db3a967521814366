// The parts of libsecp256k1 (Debian's libsecp256k1-dev) the Exchanges module uses:
// ECDSA with public-key recovery, as Ethereum signatures need.
#include <secp256k1.h>
#include <secp256k1_recovery.h>

// SHA-256 on the x86 SHA extensions (SHA-NI), for the evidence ledger's Merkle tree hashing.
//
// Why this exists: a Merkle node hash is SHA-256 of 65 bytes (two compression blocks). The CPU does that in well
// under 100 ns with its SHA instructions, but swift-crypto's SHA256 on Linux allocates a context object on the
// heap for every hasher and zeroes and copies it on finalize, which costs several times the hashing itself; with
// ~24 node hashes per inclusion proof at 10 million entries that overhead decides the verification rate.
// swift-crypto offers no allocation-free one-shot API, and its BoringSSL is internal to it, so the hashing is done
// here. Only the x86-64 SHA-NI path is implemented; everything else (other CPUs, other architectures) uses
// swift-crypto, chosen at run time by fazhi_sha256_ni_available(). Written for this project from FIPS 180-4 and
// the Intel intrinsics reference; tested against swift-crypto in Tests/FazhiCoreTests/Ledger/SHA256EngineTests.
#ifndef CFAZHI_SHA256_H
#define CFAZHI_SHA256_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// 1 when this CPU has the SHA extensions, SSSE3 and SSE4.1 that fazhi_sha256_ni needs; 0 otherwise (always 0
/// when not built for x86-64).
int fazhi_sha256_ni_available(void);

/// Writes SHA-256(first || second) to digest (32 bytes). Either part may be empty (length 0, pointer ignored).
/// Must only be called when fazhi_sha256_ni_available() returned 1.
void fazhi_sha256_ni(const void *first, size_t first_length, const void *second, size_t second_length,
                     uint8_t digest[32]);

/// Writes the RFC 6962 interior node hash SHA-256(0x01 || left || right) to digest: the same as fazhi_sha256_ni
/// over those 65 bytes, with the two blocks laid out in registers instead of a buffer. Must only be called when
/// fazhi_sha256_ni_available() returned 1.
void fazhi_sha256_ni_node(const uint8_t left[32], const uint8_t right[32], uint8_t digest[32]);

#ifdef __cplusplus
}
#endif

#endif

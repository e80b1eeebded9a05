// SHA-256 (FIPS 180-4) with the x86 SHA extensions. See include/CFazhiSHA256.h for why this file exists.
#include "CFazhiSHA256.h"

#include <string.h>

#if defined(__x86_64__)

#include <cpuid.h>
#include <immintrin.h>

int fazhi_sha256_ni_available(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const int ssse3 = (ecx >> 9) & 1, sse41 = (ecx >> 19) & 1;
    if (__get_cpuid_max(0, 0) < 7 || !__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    const int sha = (ebx >> 29) & 1;
    return ssse3 && sse41 && sha;
}

// The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
static const uint32_t round_constants[64] __attribute__((aligned(16))) = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define FAZHI_SHA_TARGET __attribute__((target("sha,ssse3,sse4.1")))

// The state a..h lives in two registers in the order the SHA256RNDS2 instruction wants: (a, b, e, f) and
// (c, d, g, h), each with its first-named word in the highest lane. One SHA256RNDS2 does two rounds, taking the
// two message words plus round constants from the low half of its third operand, and returns the new (a, b, e, f);
// the old (a, b, e, f) is then the new (c, d, g, h), so the two registers swap roles on each call.
//
// Runs the 64 rounds of one block whose message words W[0..15] are in w0..w3 (W[4i + j] in lane j of wi) and adds
// the result to the state.
FAZHI_SHA_TARGET __attribute__((always_inline)) static inline void block_rounds(__m128i *abef, __m128i *cdgh,
                                                                               __m128i w0, __m128i w1, __m128i w2,
                                                                               __m128i w3) {
    const __m128i start_abef = *abef, start_cdgh = *cdgh;
    __m128i s_abef = *abef, s_cdgh = *cdgh;
    // w[i % 4] holds message words W[4i .. 4i+3] for the group of four rounds in progress and the three before.
    __m128i w[4] = {w0, w1, w2, w3};
    // Unrolled, so that w[] stays in registers and the constants are addressed directly.
#pragma clang loop unroll(full)
    for (int group = 0; group < 16; group++) {
        if (group >= 4) {
            // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], four at a time: SHA256MSG1 adds σ0 of the next
            // word to each of W[t-16 .. t-13]; the byte shift picks W[t-7 .. t-4] from the two newest groups;
            // SHA256MSG2 adds σ1 of W[t-2] and W[t-1], then of the two words it has just made.
            const __m128i oldest = w[group & 3], older = w[(group + 1) & 3];
            const __m128i newer = w[(group + 2) & 3], newest = w[(group + 3) & 3];
            __m128i next = _mm_sha256msg1_epu32(oldest, older);
            next = _mm_add_epi32(next, _mm_alignr_epi8(newest, newer, 4));
            w[group & 3] = _mm_sha256msg2_epu32(next, newest);
        }
        const __m128i wk = _mm_add_epi32(w[group & 3], _mm_load_si128((const __m128i *)&round_constants[4 * group]));
        s_cdgh = _mm_sha256rnds2_epu32(s_cdgh, s_abef, wk);                         // rounds 4g, 4g+1
        s_abef = _mm_sha256rnds2_epu32(s_abef, s_cdgh, _mm_shuffle_epi32(wk, 0x0E));  // rounds 4g+2, 4g+3
    }
    *abef = _mm_add_epi32(s_abef, start_abef);
    *cdgh = _mm_add_epi32(s_cdgh, start_cdgh);
}

// Message words are big-endian: this shuffle reverses the bytes of each 32-bit lane.
#define FAZHI_BIG_ENDIAN_WORDS _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL)

// Runs the compression function over `count` 64-byte blocks.
FAZHI_SHA_TARGET static void compress(uint32_t state[8], const uint8_t *blocks, size_t count) {
    const __m128i big_endian = FAZHI_BIG_ENDIAN_WORDS;
    const __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);  // lanes a b c d (lane 0 first)
    const __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);  // lanes e f g h
    const __m128i badc = _mm_shuffle_epi32(abcd, 0xB1);               // lanes b a d c
    const __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);               // lanes h g f e
    __m128i abef = _mm_alignr_epi8(badc, hgfe, 8);                    // lanes f e b a
    __m128i cdgh = _mm_blend_epi16(hgfe, badc, 0xF0);                 // lanes h g d c
    for (; count > 0; count--, blocks += 64) {
        block_rounds(&abef, &cdgh, _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 0)), big_endian),
                     _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16)), big_endian),
                     _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 32)), big_endian),
                     _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 48)), big_endian));
    }
    const __m128i abef_lanes = _mm_shuffle_epi32(abef, 0x1B);  // lanes a b e f
    const __m128i ghcd_lanes = _mm_shuffle_epi32(cdgh, 0xB1);  // lanes g h c d
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(abef_lanes, ghcd_lanes, 0xF0));  // a b c d
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(ghcd_lanes, abef_lanes, 8));     // e f g h
}

FAZHI_SHA_TARGET void fazhi_sha256_ni_node(const uint8_t left[32], const uint8_t right[32], uint8_t digest[32]) {
    const __m128i big_endian = FAZHI_BIG_ENDIAN_WORDS;
    // The initial hash value, already in the (a, b, e, f) and (c, d, g, h) order (highest lane first here).
    __m128i abef = _mm_set_epi32(0x6a09e667, (int)0xbb67ae85, 0x510e527f, (int)0x9b05688c);
    __m128i cdgh = _mm_set_epi32(0x3c6ef372, (int)0xa54ff53a, 0x1f83d9ab, 0x5be0cd19);

    // First block: 0x01, left[0..31], right[0..30] — the children shifted one byte along.
    const __m128i l0 = _mm_loadu_si128((const __m128i *)left), l1 = _mm_loadu_si128((const __m128i *)(left + 16));
    const __m128i r0 = _mm_loadu_si128((const __m128i *)right), r1 = _mm_loadu_si128((const __m128i *)(right + 16));
    block_rounds(&abef, &cdgh, _mm_shuffle_epi8(_mm_or_si128(_mm_slli_si128(l0, 1), _mm_cvtsi32_si128(1)), big_endian),
                 _mm_shuffle_epi8(_mm_alignr_epi8(l1, l0, 15), big_endian),
                 _mm_shuffle_epi8(_mm_alignr_epi8(r0, l1, 15), big_endian),
                 _mm_shuffle_epi8(_mm_alignr_epi8(r1, r0, 15), big_endian));

    // Second block: right[31], the 0x80 that ends the message, zeros, and the length, 65 · 8 = 520 bits. As words:
    // W[0] = right[31] · 2^24 + 0x80 · 2^16, W[1..14] = 0, W[15] = 520.
    const __m128i zero = _mm_setzero_si128();
    block_rounds(&abef, &cdgh, _mm_cvtsi32_si128((int)(((uint32_t)right[31] << 24) | 0x00800000u)), zero, zero,
                 _mm_set_epi32(520, 0, 0, 0));

    const __m128i abef_lanes = _mm_shuffle_epi32(abef, 0x1B);  // lanes a b e f
    const __m128i ghcd_lanes = _mm_shuffle_epi32(cdgh, 0xB1);  // lanes g h c d
    _mm_storeu_si128((__m128i *)digest, _mm_shuffle_epi8(_mm_blend_epi16(abef_lanes, ghcd_lanes, 0xF0), big_endian));
    _mm_storeu_si128((__m128i *)(digest + 16),
                     _mm_shuffle_epi8(_mm_alignr_epi8(ghcd_lanes, abef_lanes, 8), big_endian));
}

// A message fed in pieces: whole blocks are compressed straight from the input, the rest waits in `pending`.
struct message {
    uint32_t state[8];
    uint8_t pending[128];
    size_t pending_length;
    uint64_t length;
};

static void feed(struct message *message, const uint8_t *bytes, size_t length) {
    message->length += length;
    if (message->pending_length > 0) {
        const size_t take = length < 64 - message->pending_length ? length : 64 - message->pending_length;
        memcpy(message->pending + message->pending_length, bytes, take);
        message->pending_length += take;
        bytes += take;
        length -= take;
        if (message->pending_length < 64) return;
        compress(message->state, message->pending, 1);
        message->pending_length = 0;
    }
    if (length >= 64) {
        compress(message->state, bytes, length / 64);
        bytes += length - length % 64;
        length %= 64;
    }
    memcpy(message->pending, bytes, length);
    message->pending_length = length;
}

void fazhi_sha256_ni(const void *first, size_t first_length, const void *second, size_t second_length,
                     uint8_t digest[32]) {
    struct message message = {
        .state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19},
        .pending_length = 0,
        .length = 0,
    };
    if (first_length > 0) feed(&message, first, first_length);
    if (second_length > 0) feed(&message, second, second_length);

    // Padding: 0x80, zeros, then the length in bits as a big-endian 64-bit number ending a block; one or two blocks.
    size_t end = message.pending_length;
    message.pending[end++] = 0x80;
    const size_t blocks = end + 8 <= 64 ? 1 : 2;
    memset(message.pending + end, 0, blocks * 64 - 8 - end);
    const uint64_t bits = message.length * 8;
    for (int i = 0; i < 8; i++) message.pending[blocks * 64 - 1 - i] = (uint8_t)(bits >> (8 * i));
    compress(message.state, message.pending, blocks);

    for (int i = 0; i < 8; i++) {
        digest[4 * i] = (uint8_t)(message.state[i] >> 24);
        digest[4 * i + 1] = (uint8_t)(message.state[i] >> 16);
        digest[4 * i + 2] = (uint8_t)(message.state[i] >> 8);
        digest[4 * i + 3] = (uint8_t)message.state[i];
    }
}

#else

int fazhi_sha256_ni_available(void) { return 0; }

void fazhi_sha256_ni_node(const uint8_t left[32], const uint8_t right[32], uint8_t digest[32]) {
    (void)left, (void)right;
    memset(digest, 0, 32);  // never called: fazhi_sha256_ni_available() is 0 here
}

void fazhi_sha256_ni(const void *first, size_t first_length, const void *second, size_t second_length,
                     uint8_t digest[32]) {
    (void)first, (void)first_length, (void)second, (void)second_length;
    memset(digest, 0, 32);  // never called: fazhi_sha256_ni_available() is 0 here
}

#endif

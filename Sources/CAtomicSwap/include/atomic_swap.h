#ifndef ALMANAC_ATOMIC_SWAP_H
#define ALMANAC_ATOMIC_SWAP_H

/// Exchanges two paths in one step (Linux renameat2 RENAME_EXCHANGE, macOS
/// renamex_np RENAME_SWAP). Returns 0 on success, -1 with errno set when the
/// system or file system cannot do it.
int almanac_exchange_paths(const char *a, const char *b);

#endif

<?php

/**
 * tsp_sockets - a socket extension for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * @generate-class-entries
 * @generate-legacy-arginfo 80200
 */

/**
 * @var int
 * @cvalue AF_UNIX
 */
const AF_UNIX = UNKNOWN;

/**
 * @var int
 * @cvalue AF_INET
 */
const AF_INET = UNKNOWN;

#ifdef AF_INET6
/**
 * @var int
 * @cvalue AF_INET6
 */
const AF_INET6 = UNKNOWN;
#endif

/**
 * @var int
 * @cvalue SOCK_STREAM
 */
const SOCK_STREAM = UNKNOWN;

/**
 * @var int
 * @cvalue SOCK_DGRAM
 */
const SOCK_DGRAM = UNKNOWN;

/**
 * @var int
 * @cvalue SOCK_RAW
 */
const SOCK_RAW = UNKNOWN;

/**
 * @var int
 * @cvalue SOCK_SEQPACKET
 */
const SOCK_SEQPACKET = UNKNOWN;

/**
 * @var int
 * @cvalue SOCK_RDM
 */
const SOCK_RDM = UNKNOWN;

/**
 * @var int
 * @cvalue MSG_OOB
 */
const MSG_OOB = UNKNOWN;

#ifdef MSG_WAITALL
/**
 * @var int
 * @cvalue MSG_WAITALL
 */
const MSG_WAITALL = UNKNOWN;
#endif

#ifdef MSG_CTRUNC
/**
 * @var int
 * @cvalue MSG_CTRUNC
 */
const MSG_CTRUNC = UNKNOWN;
#endif

#ifdef MSG_TRUNC
/**
 * @var int
 * @cvalue MSG_TRUNC
 */
const MSG_TRUNC = UNKNOWN;
#endif

/**
 * @var int
 * @cvalue MSG_PEEK
 */
const MSG_PEEK = UNKNOWN;

/**
 * @var int
 * @cvalue MSG_DONTROUTE
 */
const MSG_DONTROUTE = UNKNOWN;

#ifdef MSG_EOR
/**
 * @var int
 * @cvalue MSG_EOR
 */
const MSG_EOR = UNKNOWN;
#endif

/**
 * @var int
 * @cvalue TSP_MSG_EOF
 */
const MSG_EOF = UNKNOWN;

#ifdef MSG_CONFIRM
/**
 * @var int
 * @cvalue MSG_CONFIRM
 */
const MSG_CONFIRM = UNKNOWN;
#endif

#ifdef MSG_ERRQUEUE
/**
 * @var int
 * @cvalue MSG_ERRQUEUE
 */
const MSG_ERRQUEUE = UNKNOWN;
#endif

#ifdef MSG_NOSIGNAL
/**
 * @var int
 * @cvalue MSG_NOSIGNAL
 */
const MSG_NOSIGNAL = UNKNOWN;
#endif

#ifdef MSG_DONTWAIT
/**
 * @var int
 * @cvalue MSG_DONTWAIT
 */
const MSG_DONTWAIT = UNKNOWN;
#endif

#ifdef MSG_MORE
/**
 * @var int
 * @cvalue MSG_MORE
 */
const MSG_MORE = UNKNOWN;
#endif

#ifdef MSG_WAITFORONE
/**
 * @var int
 * @cvalue MSG_WAITFORONE
 */
const MSG_WAITFORONE = UNKNOWN;
#endif

#ifdef MSG_CMSG_CLOEXEC
/**
 * @var int
 * @cvalue MSG_CMSG_CLOEXEC
 */
const MSG_CMSG_CLOEXEC = UNKNOWN;
#endif

#ifdef MSG_ZEROCOPY
/**
 * @var int
 * @cvalue MSG_ZEROCOPY
 */
const MSG_ZEROCOPY = UNKNOWN;
#endif

#ifdef SO_DEBUG
/**
 * @var int
 * @cvalue SO_DEBUG
 */
const SO_DEBUG = UNKNOWN;
#endif

#ifdef SO_REUSEADDR
/**
 * @var int
 * @cvalue SO_REUSEADDR
 */
const SO_REUSEADDR = UNKNOWN;
#endif

#ifdef SO_REUSEPORT
/**
 * @var int
 * @cvalue SO_REUSEPORT
 */
const SO_REUSEPORT = UNKNOWN;
#endif

#ifdef SO_KEEPALIVE
/**
 * @var int
 * @cvalue SO_KEEPALIVE
 */
const SO_KEEPALIVE = UNKNOWN;
#endif

#ifdef SO_DONTROUTE
/**
 * @var int
 * @cvalue SO_DONTROUTE
 */
const SO_DONTROUTE = UNKNOWN;
#endif

#ifdef SO_LINGER
/**
 * @var int
 * @cvalue SO_LINGER
 */
const SO_LINGER = UNKNOWN;
#endif

#ifdef SO_BROADCAST
/**
 * @var int
 * @cvalue SO_BROADCAST
 */
const SO_BROADCAST = UNKNOWN;
#endif

#ifdef SO_OOBINLINE
/**
 * @var int
 * @cvalue SO_OOBINLINE
 */
const SO_OOBINLINE = UNKNOWN;
#endif

#ifdef SO_SNDBUF
/**
 * @var int
 * @cvalue SO_SNDBUF
 */
const SO_SNDBUF = UNKNOWN;
#endif

#ifdef SO_RCVBUF
/**
 * @var int
 * @cvalue SO_RCVBUF
 */
const SO_RCVBUF = UNKNOWN;
#endif

#ifdef SO_SNDLOWAT
/**
 * @var int
 * @cvalue SO_SNDLOWAT
 */
const SO_SNDLOWAT = UNKNOWN;
#endif

#ifdef SO_RCVLOWAT
/**
 * @var int
 * @cvalue SO_RCVLOWAT
 */
const SO_RCVLOWAT = UNKNOWN;
#endif

#ifdef SO_SNDTIMEO
/**
 * @var int
 * @cvalue SO_SNDTIMEO
 */
const SO_SNDTIMEO = UNKNOWN;
#endif

#ifdef SO_RCVTIMEO
/**
 * @var int
 * @cvalue SO_RCVTIMEO
 */
const SO_RCVTIMEO = UNKNOWN;
#endif

#ifdef SO_TYPE
/**
 * @var int
 * @cvalue SO_TYPE
 */
const SO_TYPE = UNKNOWN;
#endif

#ifdef SO_ERROR
/**
 * @var int
 * @cvalue SO_ERROR
 */
const SO_ERROR = UNKNOWN;
#endif

#ifdef SO_BINDTODEVICE
/**
 * @var int
 * @cvalue SO_BINDTODEVICE
 */
const SO_BINDTODEVICE = UNKNOWN;
#endif

/**
 * @var int
 * @cvalue SOL_SOCKET
 */
const SOL_SOCKET = UNKNOWN;

/**
 * @var int
 * @cvalue SOMAXCONN
 */
const SOMAXCONN = UNKNOWN;

#ifdef SO_MARK
/**
 * @var int
 * @cvalue SO_MARK
 */
const SO_MARK = UNKNOWN;
#endif

#ifdef SO_INCOMING_CPU
/**
 * @var int
 * @cvalue SO_INCOMING_CPU
 */
const SO_INCOMING_CPU = UNKNOWN;
#endif

#ifdef SO_MEMINFO
/**
 * @var int
 * @cvalue SO_MEMINFO
 */
const SO_MEMINFO = UNKNOWN;
#endif

#ifdef SO_BPF_EXTENSIONS
/**
 * @var int
 * @cvalue SO_BPF_EXTENSIONS
 */
const SO_BPF_EXTENSIONS = UNKNOWN;
#endif

#ifdef SKF_AD_OFF
/**
 * @var int
 * @cvalue SKF_AD_OFF
 */
const SKF_AD_OFF = UNKNOWN;
#endif

#ifdef SKF_AD_PROTOCOL
/**
 * @var int
 * @cvalue SKF_AD_PROTOCOL
 */
const SKF_AD_PROTOCOL = UNKNOWN;
#endif

#ifdef SKF_AD_PKTTYPE
/**
 * @var int
 * @cvalue SKF_AD_PKTTYPE
 */
const SKF_AD_PKTTYPE = UNKNOWN;
#endif

#ifdef SKF_AD_IFINDEX
/**
 * @var int
 * @cvalue SKF_AD_IFINDEX
 */
const SKF_AD_IFINDEX = UNKNOWN;
#endif

#ifdef SKF_AD_NLATTR
/**
 * @var int
 * @cvalue SKF_AD_NLATTR
 */
const SKF_AD_NLATTR = UNKNOWN;
#endif

#ifdef SKF_AD_NLATTR_NEST
/**
 * @var int
 * @cvalue SKF_AD_NLATTR_NEST
 */
const SKF_AD_NLATTR_NEST = UNKNOWN;
#endif

#ifdef SKF_AD_MARK
/**
 * @var int
 * @cvalue SKF_AD_MARK
 */
const SKF_AD_MARK = UNKNOWN;
#endif

#ifdef SKF_AD_QUEUE
/**
 * @var int
 * @cvalue SKF_AD_QUEUE
 */
const SKF_AD_QUEUE = UNKNOWN;
#endif

#ifdef SKF_AD_HATYPE
/**
 * @var int
 * @cvalue SKF_AD_HATYPE
 */
const SKF_AD_HATYPE = UNKNOWN;
#endif

#ifdef SKF_AD_RXHASH
/**
 * @var int
 * @cvalue SKF_AD_RXHASH
 */
const SKF_AD_RXHASH = UNKNOWN;
#endif

#ifdef SKF_AD_CPU
/**
 * @var int
 * @cvalue SKF_AD_CPU
 */
const SKF_AD_CPU = UNKNOWN;
#endif

#ifdef SKF_AD_ALU_XOR_X
/**
 * @var int
 * @cvalue SKF_AD_ALU_XOR_X
 */
const SKF_AD_ALU_XOR_X = UNKNOWN;
#endif

#ifdef SKF_AD_VLAN_TAG
/**
 * @var int
 * @cvalue SKF_AD_VLAN_TAG
 */
const SKF_AD_VLAN_TAG = UNKNOWN;
#endif

#ifdef SKF_AD_VLAN_TAG_PRESENT
/**
 * @var int
 * @cvalue SKF_AD_VLAN_TAG_PRESENT
 */
const SKF_AD_VLAN_TAG_PRESENT = UNKNOWN;
#endif

#ifdef SKF_AD_PAY_OFFSET
/**
 * @var int
 * @cvalue SKF_AD_PAY_OFFSET
 */
const SKF_AD_PAY_OFFSET = UNKNOWN;
#endif

#ifdef SKF_AD_RANDOM
/**
 * @var int
 * @cvalue SKF_AD_RANDOM
 */
const SKF_AD_RANDOM = UNKNOWN;
#endif

#ifdef SKF_AD_VLAN_TPID
/**
 * @var int
 * @cvalue SKF_AD_VLAN_TPID
 */
const SKF_AD_VLAN_TPID = UNKNOWN;
#endif

#ifdef SKF_AD_MAX
/**
 * @var int
 * @cvalue SKF_AD_MAX
 */
const SKF_AD_MAX = UNKNOWN;
#endif

#ifdef TCP_CONGESTION
/**
 * @var int
 * @cvalue TCP_CONGESTION
 */
const TCP_CONGESTION = UNKNOWN;
#endif

#ifdef SO_ZEROCOPY
/**
 * @var int
 * @cvalue SO_ZEROCOPY
 */
const SO_ZEROCOPY = UNKNOWN;
#endif

/**
 * @var int
 * @cvalue TCP_NODELAY
 */
const TCP_NODELAY = UNKNOWN;

#ifdef TCP_NOTSENT_LOWAT
/**
 * @var int
 * @cvalue TCP_NOTSENT_LOWAT
 */
const TCP_NOTSENT_LOWAT = UNKNOWN;
#endif

#ifdef TCP_DEFER_ACCEPT
/**
 * @var int
 * @cvalue TCP_DEFER_ACCEPT
 */
const TCP_DEFER_ACCEPT = UNKNOWN;
#endif

#ifdef TCP_KEEPIDLE
/**
 * @var int
 * @cvalue TCP_KEEPIDLE
 */
const TCP_KEEPIDLE = UNKNOWN;
#endif

#ifdef TCP_KEEPINTVL
/**
 * @var int
 * @cvalue TCP_KEEPINTVL
 */
const TCP_KEEPINTVL = UNKNOWN;
#endif

#ifdef TCP_KEEPCNT
/**
 * @var int
 * @cvalue TCP_KEEPCNT
 */
const TCP_KEEPCNT = UNKNOWN;
#endif

/**
 * @var int
 * @cvalue TSP_NORMAL_READ
 */
const PHP_NORMAL_READ = UNKNOWN;

/**
 * @var int
 * @cvalue TSP_BINARY_READ
 */
const PHP_BINARY_READ = UNKNOWN;

#ifdef MCAST_JOIN_GROUP
/**
 * @var int
 * @cvalue MCAST_JOIN_GROUP
 */
const MCAST_JOIN_GROUP = UNKNOWN;
#endif

#ifdef MCAST_LEAVE_GROUP
/**
 * @var int
 * @cvalue MCAST_LEAVE_GROUP
 */
const MCAST_LEAVE_GROUP = UNKNOWN;
#endif

#ifdef MCAST_BLOCK_SOURCE
/**
 * @var int
 * @cvalue MCAST_BLOCK_SOURCE
 */
const MCAST_BLOCK_SOURCE = UNKNOWN;
#endif

#ifdef MCAST_UNBLOCK_SOURCE
/**
 * @var int
 * @cvalue MCAST_UNBLOCK_SOURCE
 */
const MCAST_UNBLOCK_SOURCE = UNKNOWN;
#endif

#ifdef MCAST_JOIN_SOURCE_GROUP
/**
 * @var int
 * @cvalue MCAST_JOIN_SOURCE_GROUP
 */
const MCAST_JOIN_SOURCE_GROUP = UNKNOWN;
#endif

#ifdef MCAST_LEAVE_SOURCE_GROUP
/**
 * @var int
 * @cvalue MCAST_LEAVE_SOURCE_GROUP
 */
const MCAST_LEAVE_SOURCE_GROUP = UNKNOWN;
#endif

#ifdef IP_MULTICAST_IF
/**
 * @var int
 * @cvalue IP_MULTICAST_IF
 */
const IP_MULTICAST_IF = UNKNOWN;
#endif

#ifdef IP_MULTICAST_TTL
/**
 * @var int
 * @cvalue IP_MULTICAST_TTL
 */
const IP_MULTICAST_TTL = UNKNOWN;
#endif

#ifdef IP_MULTICAST_LOOP
/**
 * @var int
 * @cvalue IP_MULTICAST_LOOP
 */
const IP_MULTICAST_LOOP = UNKNOWN;
#endif

#ifdef IPV6_MULTICAST_IF
/**
 * @var int
 * @cvalue IPV6_MULTICAST_IF
 */
const IPV6_MULTICAST_IF = UNKNOWN;
#endif

#ifdef IPV6_MULTICAST_HOPS
/**
 * @var int
 * @cvalue IPV6_MULTICAST_HOPS
 */
const IPV6_MULTICAST_HOPS = UNKNOWN;
#endif

#ifdef IPV6_MULTICAST_LOOP
/**
 * @var int
 * @cvalue IPV6_MULTICAST_LOOP
 */
const IPV6_MULTICAST_LOOP = UNKNOWN;
#endif

#ifdef IPV6_V6ONLY
/**
 * @var int
 * @cvalue IPV6_V6ONLY
 */
const IPV6_V6ONLY = UNKNOWN;
#endif

#ifdef EPERM
/**
 * @var int
 * @cvalue EPERM
 */
const SOCKET_EPERM = UNKNOWN;
#endif

#ifdef ENOENT
/**
 * @var int
 * @cvalue ENOENT
 */
const SOCKET_ENOENT = UNKNOWN;
#endif

#ifdef EINTR
/**
 * @var int
 * @cvalue EINTR
 */
const SOCKET_EINTR = UNKNOWN;
#endif

#ifdef EIO
/**
 * @var int
 * @cvalue EIO
 */
const SOCKET_EIO = UNKNOWN;
#endif

#ifdef ENXIO
/**
 * @var int
 * @cvalue ENXIO
 */
const SOCKET_ENXIO = UNKNOWN;
#endif

#ifdef E2BIG
/**
 * @var int
 * @cvalue E2BIG
 */
const SOCKET_E2BIG = UNKNOWN;
#endif

#ifdef EBADF
/**
 * @var int
 * @cvalue EBADF
 */
const SOCKET_EBADF = UNKNOWN;
#endif

#ifdef EAGAIN
/**
 * @var int
 * @cvalue EAGAIN
 */
const SOCKET_EAGAIN = UNKNOWN;
#endif

#ifdef ENOMEM
/**
 * @var int
 * @cvalue ENOMEM
 */
const SOCKET_ENOMEM = UNKNOWN;
#endif

#ifdef EACCES
/**
 * @var int
 * @cvalue EACCES
 */
const SOCKET_EACCES = UNKNOWN;
#endif

#ifdef EFAULT
/**
 * @var int
 * @cvalue EFAULT
 */
const SOCKET_EFAULT = UNKNOWN;
#endif

#ifdef ENOTBLK
/**
 * @var int
 * @cvalue ENOTBLK
 */
const SOCKET_ENOTBLK = UNKNOWN;
#endif

#ifdef EBUSY
/**
 * @var int
 * @cvalue EBUSY
 */
const SOCKET_EBUSY = UNKNOWN;
#endif

#ifdef EEXIST
/**
 * @var int
 * @cvalue EEXIST
 */
const SOCKET_EEXIST = UNKNOWN;
#endif

#ifdef EXDEV
/**
 * @var int
 * @cvalue EXDEV
 */
const SOCKET_EXDEV = UNKNOWN;
#endif

#ifdef ENODEV
/**
 * @var int
 * @cvalue ENODEV
 */
const SOCKET_ENODEV = UNKNOWN;
#endif

#ifdef ENOTDIR
/**
 * @var int
 * @cvalue ENOTDIR
 */
const SOCKET_ENOTDIR = UNKNOWN;
#endif

#ifdef EISDIR
/**
 * @var int
 * @cvalue EISDIR
 */
const SOCKET_EISDIR = UNKNOWN;
#endif

#ifdef EINVAL
/**
 * @var int
 * @cvalue EINVAL
 */
const SOCKET_EINVAL = UNKNOWN;
#endif

#ifdef ENFILE
/**
 * @var int
 * @cvalue ENFILE
 */
const SOCKET_ENFILE = UNKNOWN;
#endif

#ifdef EMFILE
/**
 * @var int
 * @cvalue EMFILE
 */
const SOCKET_EMFILE = UNKNOWN;
#endif

#ifdef ENOTTY
/**
 * @var int
 * @cvalue ENOTTY
 */
const SOCKET_ENOTTY = UNKNOWN;
#endif

#ifdef ENOSPC
/**
 * @var int
 * @cvalue ENOSPC
 */
const SOCKET_ENOSPC = UNKNOWN;
#endif

#ifdef ESPIPE
/**
 * @var int
 * @cvalue ESPIPE
 */
const SOCKET_ESPIPE = UNKNOWN;
#endif

#ifdef EROFS
/**
 * @var int
 * @cvalue EROFS
 */
const SOCKET_EROFS = UNKNOWN;
#endif

#ifdef EMLINK
/**
 * @var int
 * @cvalue EMLINK
 */
const SOCKET_EMLINK = UNKNOWN;
#endif

#ifdef EPIPE
/**
 * @var int
 * @cvalue EPIPE
 */
const SOCKET_EPIPE = UNKNOWN;
#endif

#ifdef ENAMETOOLONG
/**
 * @var int
 * @cvalue ENAMETOOLONG
 */
const SOCKET_ENAMETOOLONG = UNKNOWN;
#endif

#ifdef ENOLCK
/**
 * @var int
 * @cvalue ENOLCK
 */
const SOCKET_ENOLCK = UNKNOWN;
#endif

#ifdef ENOSYS
/**
 * @var int
 * @cvalue ENOSYS
 */
const SOCKET_ENOSYS = UNKNOWN;
#endif

#ifdef ENOTEMPTY
/**
 * @var int
 * @cvalue ENOTEMPTY
 */
const SOCKET_ENOTEMPTY = UNKNOWN;
#endif

#ifdef ELOOP
/**
 * @var int
 * @cvalue ELOOP
 */
const SOCKET_ELOOP = UNKNOWN;
#endif

#ifdef EWOULDBLOCK
/**
 * @var int
 * @cvalue EWOULDBLOCK
 */
const SOCKET_EWOULDBLOCK = UNKNOWN;
#endif

#ifdef ENOMSG
/**
 * @var int
 * @cvalue ENOMSG
 */
const SOCKET_ENOMSG = UNKNOWN;
#endif

#ifdef EIDRM
/**
 * @var int
 * @cvalue EIDRM
 */
const SOCKET_EIDRM = UNKNOWN;
#endif

#ifdef ECHRNG
/**
 * @var int
 * @cvalue ECHRNG
 */
const SOCKET_ECHRNG = UNKNOWN;
#endif

#ifdef EL2NSYNC
/**
 * @var int
 * @cvalue EL2NSYNC
 */
const SOCKET_EL2NSYNC = UNKNOWN;
#endif

#ifdef EL3HLT
/**
 * @var int
 * @cvalue EL3HLT
 */
const SOCKET_EL3HLT = UNKNOWN;
#endif

#ifdef EL3RST
/**
 * @var int
 * @cvalue EL3RST
 */
const SOCKET_EL3RST = UNKNOWN;
#endif

#ifdef ELNRNG
/**
 * @var int
 * @cvalue ELNRNG
 */
const SOCKET_ELNRNG = UNKNOWN;
#endif

#ifdef EUNATCH
/**
 * @var int
 * @cvalue EUNATCH
 */
const SOCKET_EUNATCH = UNKNOWN;
#endif

#ifdef ENOCSI
/**
 * @var int
 * @cvalue ENOCSI
 */
const SOCKET_ENOCSI = UNKNOWN;
#endif

#ifdef EL2HLT
/**
 * @var int
 * @cvalue EL2HLT
 */
const SOCKET_EL2HLT = UNKNOWN;
#endif

#ifdef EBADE
/**
 * @var int
 * @cvalue EBADE
 */
const SOCKET_EBADE = UNKNOWN;
#endif

#ifdef EBADR
/**
 * @var int
 * @cvalue EBADR
 */
const SOCKET_EBADR = UNKNOWN;
#endif

#ifdef EXFULL
/**
 * @var int
 * @cvalue EXFULL
 */
const SOCKET_EXFULL = UNKNOWN;
#endif

#ifdef ENOANO
/**
 * @var int
 * @cvalue ENOANO
 */
const SOCKET_ENOANO = UNKNOWN;
#endif

#ifdef EBADRQC
/**
 * @var int
 * @cvalue EBADRQC
 */
const SOCKET_EBADRQC = UNKNOWN;
#endif

#ifdef EBADSLT
/**
 * @var int
 * @cvalue EBADSLT
 */
const SOCKET_EBADSLT = UNKNOWN;
#endif

#ifdef ENOSTR
/**
 * @var int
 * @cvalue ENOSTR
 */
const SOCKET_ENOSTR = UNKNOWN;
#endif

#ifdef ENODATA
/**
 * @var int
 * @cvalue ENODATA
 */
const SOCKET_ENODATA = UNKNOWN;
#endif

#ifdef ETIME
/**
 * @var int
 * @cvalue ETIME
 */
const SOCKET_ETIME = UNKNOWN;
#endif

#ifdef ENOSR
/**
 * @var int
 * @cvalue ENOSR
 */
const SOCKET_ENOSR = UNKNOWN;
#endif

#ifdef ENONET
/**
 * @var int
 * @cvalue ENONET
 */
const SOCKET_ENONET = UNKNOWN;
#endif

#ifdef EREMOTE
/**
 * @var int
 * @cvalue EREMOTE
 */
const SOCKET_EREMOTE = UNKNOWN;
#endif

#ifdef ENOLINK
/**
 * @var int
 * @cvalue ENOLINK
 */
const SOCKET_ENOLINK = UNKNOWN;
#endif

#ifdef EADV
/**
 * @var int
 * @cvalue EADV
 */
const SOCKET_EADV = UNKNOWN;
#endif

#ifdef ESRMNT
/**
 * @var int
 * @cvalue ESRMNT
 */
const SOCKET_ESRMNT = UNKNOWN;
#endif

#ifdef ECOMM
/**
 * @var int
 * @cvalue ECOMM
 */
const SOCKET_ECOMM = UNKNOWN;
#endif

#ifdef EPROTO
/**
 * @var int
 * @cvalue EPROTO
 */
const SOCKET_EPROTO = UNKNOWN;
#endif

#ifdef EMULTIHOP
/**
 * @var int
 * @cvalue EMULTIHOP
 */
const SOCKET_EMULTIHOP = UNKNOWN;
#endif

#ifdef EBADMSG
/**
 * @var int
 * @cvalue EBADMSG
 */
const SOCKET_EBADMSG = UNKNOWN;
#endif

#ifdef ENOTUNIQ
/**
 * @var int
 * @cvalue ENOTUNIQ
 */
const SOCKET_ENOTUNIQ = UNKNOWN;
#endif

#ifdef EBADFD
/**
 * @var int
 * @cvalue EBADFD
 */
const SOCKET_EBADFD = UNKNOWN;
#endif

#ifdef EREMCHG
/**
 * @var int
 * @cvalue EREMCHG
 */
const SOCKET_EREMCHG = UNKNOWN;
#endif

#ifdef ERESTART
/**
 * @var int
 * @cvalue ERESTART
 */
const SOCKET_ERESTART = UNKNOWN;
#endif

#ifdef ESTRPIPE
/**
 * @var int
 * @cvalue ESTRPIPE
 */
const SOCKET_ESTRPIPE = UNKNOWN;
#endif

#ifdef EUSERS
/**
 * @var int
 * @cvalue EUSERS
 */
const SOCKET_EUSERS = UNKNOWN;
#endif

#ifdef ENOTSOCK
/**
 * @var int
 * @cvalue ENOTSOCK
 */
const SOCKET_ENOTSOCK = UNKNOWN;
#endif

#ifdef EDESTADDRREQ
/**
 * @var int
 * @cvalue EDESTADDRREQ
 */
const SOCKET_EDESTADDRREQ = UNKNOWN;
#endif

#ifdef EMSGSIZE
/**
 * @var int
 * @cvalue EMSGSIZE
 */
const SOCKET_EMSGSIZE = UNKNOWN;
#endif

#ifdef EPROTOTYPE
/**
 * @var int
 * @cvalue EPROTOTYPE
 */
const SOCKET_EPROTOTYPE = UNKNOWN;
#endif

#ifdef ENOPROTOOPT
/**
 * @var int
 * @cvalue ENOPROTOOPT
 */
const SOCKET_ENOPROTOOPT = UNKNOWN;
#endif

#ifdef EPROTONOSUPPORT
/**
 * @var int
 * @cvalue EPROTONOSUPPORT
 */
const SOCKET_EPROTONOSUPPORT = UNKNOWN;
#endif

#ifdef ESOCKTNOSUPPORT
/**
 * @var int
 * @cvalue ESOCKTNOSUPPORT
 */
const SOCKET_ESOCKTNOSUPPORT = UNKNOWN;
#endif

#ifdef EOPNOTSUPP
/**
 * @var int
 * @cvalue EOPNOTSUPP
 */
const SOCKET_EOPNOTSUPP = UNKNOWN;
#endif

#ifdef EPFNOSUPPORT
/**
 * @var int
 * @cvalue EPFNOSUPPORT
 */
const SOCKET_EPFNOSUPPORT = UNKNOWN;
#endif

#ifdef EAFNOSUPPORT
/**
 * @var int
 * @cvalue EAFNOSUPPORT
 */
const SOCKET_EAFNOSUPPORT = UNKNOWN;
#endif

#ifdef EADDRINUSE
/**
 * @var int
 * @cvalue EADDRINUSE
 */
const SOCKET_EADDRINUSE = UNKNOWN;
#endif

#ifdef EADDRNOTAVAIL
/**
 * @var int
 * @cvalue EADDRNOTAVAIL
 */
const SOCKET_EADDRNOTAVAIL = UNKNOWN;
#endif

#ifdef ENETDOWN
/**
 * @var int
 * @cvalue ENETDOWN
 */
const SOCKET_ENETDOWN = UNKNOWN;
#endif

#ifdef ENETUNREACH
/**
 * @var int
 * @cvalue ENETUNREACH
 */
const SOCKET_ENETUNREACH = UNKNOWN;
#endif

#ifdef ENETRESET
/**
 * @var int
 * @cvalue ENETRESET
 */
const SOCKET_ENETRESET = UNKNOWN;
#endif

#ifdef ECONNABORTED
/**
 * @var int
 * @cvalue ECONNABORTED
 */
const SOCKET_ECONNABORTED = UNKNOWN;
#endif

#ifdef ECONNRESET
/**
 * @var int
 * @cvalue ECONNRESET
 */
const SOCKET_ECONNRESET = UNKNOWN;
#endif

#ifdef ENOBUFS
/**
 * @var int
 * @cvalue ENOBUFS
 */
const SOCKET_ENOBUFS = UNKNOWN;
#endif

#ifdef EISCONN
/**
 * @var int
 * @cvalue EISCONN
 */
const SOCKET_EISCONN = UNKNOWN;
#endif

#ifdef ENOTCONN
/**
 * @var int
 * @cvalue ENOTCONN
 */
const SOCKET_ENOTCONN = UNKNOWN;
#endif

#ifdef ESHUTDOWN
/**
 * @var int
 * @cvalue ESHUTDOWN
 */
const SOCKET_ESHUTDOWN = UNKNOWN;
#endif

#ifdef ETOOMANYREFS
/**
 * @var int
 * @cvalue ETOOMANYREFS
 */
const SOCKET_ETOOMANYREFS = UNKNOWN;
#endif

#ifdef ETIMEDOUT
/**
 * @var int
 * @cvalue ETIMEDOUT
 */
const SOCKET_ETIMEDOUT = UNKNOWN;
#endif

#ifdef ECONNREFUSED
/**
 * @var int
 * @cvalue ECONNREFUSED
 */
const SOCKET_ECONNREFUSED = UNKNOWN;
#endif

#ifdef EHOSTDOWN
/**
 * @var int
 * @cvalue EHOSTDOWN
 */
const SOCKET_EHOSTDOWN = UNKNOWN;
#endif

#ifdef EHOSTUNREACH
/**
 * @var int
 * @cvalue EHOSTUNREACH
 */
const SOCKET_EHOSTUNREACH = UNKNOWN;
#endif

#ifdef EALREADY
/**
 * @var int
 * @cvalue EALREADY
 */
const SOCKET_EALREADY = UNKNOWN;
#endif

#ifdef EINPROGRESS
/**
 * @var int
 * @cvalue EINPROGRESS
 */
const SOCKET_EINPROGRESS = UNKNOWN;
#endif

#ifdef EISNAM
/**
 * @var int
 * @cvalue EISNAM
 */
const SOCKET_EISNAM = UNKNOWN;
#endif

#ifdef EREMOTEIO
/**
 * @var int
 * @cvalue EREMOTEIO
 */
const SOCKET_EREMOTEIO = UNKNOWN;
#endif

#ifdef EDQUOT
/**
 * @var int
 * @cvalue EDQUOT
 */
const SOCKET_EDQUOT = UNKNOWN;
#endif

#ifdef ENOMEDIUM
/**
 * @var int
 * @cvalue ENOMEDIUM
 */
const SOCKET_ENOMEDIUM = UNKNOWN;
#endif

#ifdef EMEDIUMTYPE
/**
 * @var int
 * @cvalue EMEDIUMTYPE
 */
const SOCKET_EMEDIUMTYPE = UNKNOWN;
#endif

/**
 * @var int
 * @cvalue IPPROTO_IP
 */
const IPPROTO_IP = UNKNOWN;

#ifdef IPPROTO_IPV6
/**
 * @var int
 * @cvalue IPPROTO_IPV6
 */
const IPPROTO_IPV6 = UNKNOWN;
#endif

/**
 * @var int
 * @cvalue SOL_TCP
 */
const SOL_TCP = UNKNOWN;

/**
 * @var int
 * @cvalue SOL_UDP
 */
const SOL_UDP = UNKNOWN;

#ifdef IPV6_UNICAST_HOPS
/**
 * @var int
 * @cvalue IPV6_UNICAST_HOPS
 */
const IPV6_UNICAST_HOPS = UNKNOWN;
#endif

#ifdef AI_PASSIVE
/**
 * @var int
 * @cvalue AI_PASSIVE
 */
const AI_PASSIVE = UNKNOWN;
#endif

#ifdef AI_CANONNAME
/**
 * @var int
 * @cvalue AI_CANONNAME
 */
const AI_CANONNAME = UNKNOWN;
#endif

#ifdef AI_NUMERICHOST
/**
 * @var int
 * @cvalue AI_NUMERICHOST
 */
const AI_NUMERICHOST = UNKNOWN;
#endif

#ifdef AI_V4MAPPED
/**
 * @var int
 * @cvalue AI_V4MAPPED
 */
const AI_V4MAPPED = UNKNOWN;
#endif

#ifdef AI_ALL
/**
 * @var int
 * @cvalue AI_ALL
 */
const AI_ALL = UNKNOWN;
#endif

#ifdef AI_ADDRCONFIG
/**
 * @var int
 * @cvalue AI_ADDRCONFIG
 */
const AI_ADDRCONFIG = UNKNOWN;
#endif

#ifdef AI_IDN
/**
 * @var int
 * @cvalue AI_IDN
 */
const AI_IDN = UNKNOWN;
#endif

#ifdef AI_CANONIDN
/**
 * @var int
 * @cvalue AI_CANONIDN
 */
const AI_CANONIDN = UNKNOWN;
#endif

#ifdef AI_NUMERICSERV
/**
 * @var int
 * @cvalue AI_NUMERICSERV
 */
const AI_NUMERICSERV = UNKNOWN;
#endif

#ifdef IPV6_RECVPKTINFO
/**
 * @var int
 * @cvalue IPV6_RECVPKTINFO
 */
const IPV6_RECVPKTINFO = UNKNOWN;
#endif

#ifdef IPV6_PKTINFO
/**
 * @var int
 * @cvalue IPV6_PKTINFO
 */
const IPV6_PKTINFO = UNKNOWN;
#endif

#ifdef IPV6_RECVHOPLIMIT
/**
 * @var int
 * @cvalue IPV6_RECVHOPLIMIT
 */
const IPV6_RECVHOPLIMIT = UNKNOWN;
#endif

#ifdef IPV6_HOPLIMIT
/**
 * @var int
 * @cvalue IPV6_HOPLIMIT
 */
const IPV6_HOPLIMIT = UNKNOWN;
#endif

#ifdef IPV6_RECVTCLASS
/**
 * @var int
 * @cvalue IPV6_RECVTCLASS
 */
const IPV6_RECVTCLASS = UNKNOWN;
#endif

#ifdef IPV6_TCLASS
/**
 * @var int
 * @cvalue IPV6_TCLASS
 */
const IPV6_TCLASS = UNKNOWN;
#endif

#ifdef SCM_RIGHTS
/**
 * @var int
 * @cvalue SCM_RIGHTS
 */
const SCM_RIGHTS = UNKNOWN;
#endif

#ifdef SCM_CREDENTIALS
/**
 * @var int
 * @cvalue SCM_CREDENTIALS
 */
const SCM_CREDENTIALS = UNKNOWN;
#endif

#ifdef SO_PASSCRED
/**
 * @var int
 * @cvalue SO_PASSCRED
 */
const SO_PASSCRED = UNKNOWN;
#endif

/* Added by later PHP versions (8.3, 8.4, 8.5) and by tsp_sockets: available on every PHP we support. */
#ifdef SOCK_NONBLOCK
/**
 * @var int
 * @cvalue SOCK_NONBLOCK
 */
const SOCK_NONBLOCK = UNKNOWN;
#endif
#ifdef SOCK_CLOEXEC
/**
 * @var int
 * @cvalue SOCK_CLOEXEC
 */
const SOCK_CLOEXEC = UNKNOWN;
#endif
#ifdef SO_BINDTOIFINDEX
/**
 * @var int
 * @cvalue SO_BINDTOIFINDEX
 */
const SO_BINDTOIFINDEX = UNKNOWN;
#endif
#ifdef SO_ATTACH_REUSEPORT_CBPF
/**
 * @var int
 * @cvalue SO_ATTACH_REUSEPORT_CBPF
 */
const SO_ATTACH_REUSEPORT_CBPF = UNKNOWN;
#endif
#ifdef SO_DETACH_FILTER
/**
 * @var int
 * @cvalue SO_DETACH_FILTER
 */
const SO_DETACH_FILTER = UNKNOWN;
#endif
#ifdef SO_DETACH_BPF
/**
 * @var int
 * @cvalue SO_DETACH_BPF
 */
const SO_DETACH_BPF = UNKNOWN;
#endif
#ifdef SO_BUSY_POLL
/**
 * @var int
 * @cvalue SO_BUSY_POLL
 */
const SO_BUSY_POLL = UNKNOWN;
#endif
#ifdef TCP_QUICKACK
/**
 * @var int
 * @cvalue TCP_QUICKACK
 */
const TCP_QUICKACK = UNKNOWN;
#endif
#ifdef TCP_REPAIR
/**
 * @var int
 * @cvalue TCP_REPAIR
 */
const TCP_REPAIR = UNKNOWN;
#endif
#ifdef TCP_SYNCNT
/**
 * @var int
 * @cvalue TCP_SYNCNT
 */
const TCP_SYNCNT = UNKNOWN;
#endif
#ifdef TCP_USER_TIMEOUT
/**
 * @var int
 * @cvalue TCP_USER_TIMEOUT
 */
const TCP_USER_TIMEOUT = UNKNOWN;
#endif
#ifdef IP_BIND_ADDRESS_NO_PORT
/**
 * @var int
 * @cvalue IP_BIND_ADDRESS_NO_PORT
 */
const IP_BIND_ADDRESS_NO_PORT = UNKNOWN;
#endif
#ifdef IP_MTU_DISCOVER
/**
 * @var int
 * @cvalue IP_MTU_DISCOVER
 */
const IP_MTU_DISCOVER = UNKNOWN;
#endif
#ifdef IP_PMTUDISC_DO
/**
 * @var int
 * @cvalue IP_PMTUDISC_DO
 */
const IP_PMTUDISC_DO = UNKNOWN;
#endif
#ifdef IP_PMTUDISC_DONT
/**
 * @var int
 * @cvalue IP_PMTUDISC_DONT
 */
const IP_PMTUDISC_DONT = UNKNOWN;
#endif
#ifdef IP_PMTUDISC_WANT
/**
 * @var int
 * @cvalue IP_PMTUDISC_WANT
 */
const IP_PMTUDISC_WANT = UNKNOWN;
#endif
#ifdef IP_PMTUDISC_PROBE
/**
 * @var int
 * @cvalue IP_PMTUDISC_PROBE
 */
const IP_PMTUDISC_PROBE = UNKNOWN;
#endif
#ifdef IP_PMTUDISC_INTERFACE
/**
 * @var int
 * @cvalue IP_PMTUDISC_INTERFACE
 */
const IP_PMTUDISC_INTERFACE = UNKNOWN;
#endif
#ifdef IP_PMTUDISC_OMIT
/**
 * @var int
 * @cvalue IP_PMTUDISC_OMIT
 */
const IP_PMTUDISC_OMIT = UNKNOWN;
#endif
#ifdef UDPLITE_SEND_CSCOV
/**
 * @var int
 * @cvalue UDPLITE_SEND_CSCOV
 */
const UDPLITE_SEND_CSCOV = UNKNOWN;
#endif
#ifdef UDPLITE_RECV_CSCOV
/**
 * @var int
 * @cvalue UDPLITE_RECV_CSCOV
 */
const UDPLITE_RECV_CSCOV = UNKNOWN;
#endif
#ifdef SOCK_DCCP
/**
 * @var int
 * @cvalue SOCK_DCCP
 */
const SOCK_DCCP = UNKNOWN;
#endif
#ifdef TSP_SOL_UDPLITE
/**
 * @var int
 * @cvalue TSP_SOL_UDPLITE
 */
const SOL_UDPLITE = UNKNOWN;
#endif
#ifdef SO_PEERCRED
/**
 * @var int
 * @cvalue SO_PEERCRED
 */
const SO_PEERCRED = UNKNOWN;
#endif
#ifdef SO_PRIORITY
/**
 * @var int
 * @cvalue SO_PRIORITY
 */
const SO_PRIORITY = UNKNOWN;
#endif
#ifdef SO_ACCEPTCONN
/**
 * @var int
 * @cvalue SO_ACCEPTCONN
 */
const SO_ACCEPTCONN = UNKNOWN;
#endif

/* PHP 8.5's constants, here on every version */
#ifdef TSP_AF_PACKET_CONST
/**
 * @var int
 * @cvalue TSP_AF_PACKET_CONST
 */
const AF_PACKET = UNKNOWN;
#endif
#ifdef IPPROTO_ICMP
/**
 * @var int
 * @cvalue IPPROTO_ICMP
 */
const IPPROTO_ICMP = UNKNOWN;
#endif
#ifdef IPPROTO_ICMPV6
/**
 * @var int
 * @cvalue IPPROTO_ICMPV6
 */
const IPPROTO_ICMPV6 = UNKNOWN;
#endif
#ifdef ETH_P_ALL
/**
 * @var int
 * @cvalue ETH_P_IP
 */
const ETH_P_IP = UNKNOWN;
/**
 * @var int
 * @cvalue ETH_P_IPV6
 */
const ETH_P_IPV6 = UNKNOWN;
/**
 * @var int
 * @cvalue ETH_P_LOOP
 */
const ETH_P_LOOP = UNKNOWN;
/**
 * @var int
 * @cvalue ETH_P_ALL
 */
const ETH_P_ALL = UNKNOWN;
#endif
#ifdef TSP_UDP_SEGMENT
/**
 * @var int
 * @cvalue TSP_UDP_SEGMENT
 */
const UDP_SEGMENT = UNKNOWN;
#endif
#ifdef SHUT_RDWR
/**
 * @var int
 * @cvalue SHUT_RD
 */
const SHUT_RD = UNKNOWN;
/**
 * @var int
 * @cvalue SHUT_WR
 */
const SHUT_WR = UNKNOWN;
/**
 * @var int
 * @cvalue SHUT_RDWR
 */
const SHUT_RDWR = UNKNOWN;
#endif

/**
 * @strict-properties
 * @not-serializable
 */
final class Socket
{
}

/**
 * @strict-properties
 * @not-serializable
 */
final class AddressInfo
{
}

/**
 * @param array|null $read
 * @param array|null $write
 * @param array|null $except
 */
function socket_select(?array &$read, ?array &$write, ?array &$except, ?int $seconds, int $microseconds = 0): int|false {}

function socket_create_listen(int $port, int $backlog = SOMAXCONN): Socket|false {}

function socket_accept(Socket $socket, int $flags = 0): Socket|false {}

function socket_set_nonblock(Socket $socket): bool {}

function socket_set_block(Socket $socket): bool {}

function socket_listen(Socket $socket, int $backlog = 0): bool {}

function socket_close(Socket $socket): void {}

function socket_write(Socket $socket, string $data, ?int $length = null): int|false {}

function socket_read(Socket $socket, int $length, int $mode = PHP_BINARY_READ): string|false {}

/**
 * @param string $address
 * @param int $port
 */
function socket_getsockname(Socket $socket, &$address, &$port = null): bool {}

/**
 * @param string $address
 * @param int $port
 */
function socket_getpeername(Socket $socket, &$address, &$port = null): bool {}

function socket_create(int $domain, int $type, int $protocol): Socket|false {}

function socket_connect(Socket $socket, string $address, ?int $port = null): bool {}

function socket_strerror(int $error_code): string {}

function socket_bind(Socket $socket, string $address, int $port = 0): bool {}

/** @param string|null $data */
function socket_recv(Socket $socket, &$data, int $length, int $flags): int|false {}

function socket_send(Socket $socket, string $data, int $length, int $flags): int|false {}

/**
 * @param string $data
 * @param string $address
 * @param int $port
 */
function socket_recvfrom(Socket $socket, &$data, int $length, int $flags, &$address, &$port = null): int|false {}

function socket_sendto(Socket $socket, string $data, int $length, int $flags, string $address, ?int $port = null): int|false {}

function socket_get_option(Socket $socket, int $level, int $option): array|int|false {}

/** @alias socket_get_option */
function socket_getopt(Socket $socket, int $level, int $option): array|int|false {}

/** @param array|string|int $value */
function socket_set_option(Socket $socket, int $level, int $option, $value): bool {}

/**
 * @param array|string|int $value
 * @alias socket_set_option
 */
function socket_setopt(Socket $socket, int $level, int $option, $value): bool {}

/** @param array $pair */
function socket_create_pair(int $domain, int $type, int $protocol, &$pair): bool {}

function socket_shutdown(Socket $socket, int $mode = 2): bool {}

/** @param resource $stream */
function socket_import_stream($stream): Socket|false {}

/** @return resource|false */
function socket_export_stream(Socket $socket) {}

function socket_sendmsg(Socket $socket, array $message, int $flags = 0): int|false {}

function socket_recvmsg(Socket $socket, array &$message, int $flags = 0): int|false {}

function socket_cmsg_space(int $level, int $type, int $num = 0): ?int {}

/** @param Socket|resource $socket */
function socket_listen_info($socket): array|false {}

function socket_listen_fds(bool $unset_environment = true): array {}

function socket_import_fd(int $fd): Socket|false {}

function socket_atmark(Socket $socket): bool {}

function socket_addrinfo_lookup(string $host, ?string $service = null, array $hints = []): array|false {}

function socket_addrinfo_connect(AddressInfo $address): Socket|false {}

function socket_addrinfo_bind(AddressInfo $address): Socket|false {}

function socket_addrinfo_explain(AddressInfo $address): array {}

#ifdef PHP_WIN32
function socket_wsaprotocol_info_export(Socket $socket, int $process_id): string|false {}

function socket_wsaprotocol_info_import(string $info_id): Socket|false {}

function socket_wsaprotocol_info_release(string $info_id): bool {}
#endif

function socket_last_error(?Socket $socket = null): int {}

function socket_clear_error(?Socket $socket = null): void {}

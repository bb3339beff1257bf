<?php

/**
 * tsp_sockets' copy of PHP 8.6's polling API (Io\Poll, Time\Duration,
 * StreamPollHandle) for PHP 8.2 to 8.5, and SocketPollHandle. Registered
 * only where PHP has no Io\Poll of its own (binding/tsp_iopoll.c).
 *
 * @generate-class-entries
 * @generate-legacy-arginfo 80200
 */

namespace Io {
    class IoException extends \Exception
    {
    }
}

namespace Io\Poll {
    enum Backend
    {
        case Auto;
        case Poll;
        case Epoll;
        case Kqueue;
        case EventPorts;
        case WSAPoll;

        public static function getAvailableBackends(): array {}

        public function isAvailable(): bool {}

        public function supportsEdgeTriggering(): bool {}
    }

    enum Event
    {
        case Read;
        case Write;
        case Error;
        case HangUp;
        case ReadHangUp;
        case OneShot;
        case EdgeTriggered;
    }

    interface Handle
    {
    }

    /**
     * @strict-properties
     * @not-serializable
     */
    final class Watcher
    {
        final private function __construct() {}

        public function getHandle(): Handle {}

        public function getWatchedEvents(): array {}

        public function getTriggeredEvents(): array {}

        public function getData(): mixed {}

        public function hasTriggered(Event $event): bool {}

        public function isActive(): bool {}

        public function modify(array $events, mixed $data = null): void {}

        public function modifyEvents(array $events): void {}

        public function modifyData(mixed $data): void {}

        public function remove(): void {}
    }

    /**
     * @strict-properties
     * @not-serializable
     */
    final class Context
    {
        public function __construct(Backend $backend = Backend::Auto) {}

        public function add(Handle $handle, array $events, mixed $data = null): Watcher {}

        public function wait(?\Time\Duration $timeout = null, ?int $maxEvents = null): array {}

        public function getBackend(): Backend {}
    }

    class PollException extends \Io\IoException
    {
    }

    abstract class FailedPollOperationException extends PollException
    {
        /** @var int */
        public const ERROR_NONE = 0;
        /** @var int */
        public const ERROR_SYSTEM = 1;
        /** @var int */
        public const ERROR_NOMEM = 2;
        /** @var int */
        public const ERROR_INVALID = 3;
        /** @var int */
        public const ERROR_EXISTS = 4;
        /** @var int */
        public const ERROR_NOTFOUND = 5;
        /** @var int */
        public const ERROR_TIMEOUT = 6;
        /** @var int */
        public const ERROR_INTERRUPTED = 7;
        /** @var int */
        public const ERROR_PERMISSION = 8;
        /** @var int */
        public const ERROR_TOOBIG = 9;
        /** @var int */
        public const ERROR_AGAIN = 10;
        /** @var int */
        public const ERROR_NOSUPPORT = 11;
    }

    class FailedContextInitializationException extends FailedPollOperationException
    {
    }

    class FailedHandleAddException extends FailedPollOperationException
    {
    }

    class FailedWatcherModificationException extends FailedPollOperationException
    {
    }

    class FailedPollWaitException extends FailedPollOperationException
    {
    }

    class BackendUnavailableException extends PollException
    {
    }

    class InactiveWatcherException extends PollException
    {
    }

    class HandleAlreadyWatchedException extends PollException
    {
    }

    class InvalidHandleException extends PollException
    {
    }
}

namespace Time {
    class TimeException extends \Exception
    {
    }

    /** @strict-properties */
    final readonly class Duration
    {
        public readonly int $seconds;
        public readonly int $nanoseconds;
        public readonly bool $negative;

        private function __construct() {}

        public function __unserialize(array $data): void {}

        public static function fromSeconds(int $seconds, int $nanoseconds = 0): Duration {}

        public static function fromNanoseconds(int $nanoseconds): Duration {}

        public static function fromMicroseconds(int $microseconds): Duration {}

        public static function fromMilliseconds(int $milliseconds): Duration {}

        public static function fromMinutes(int $minutes): Duration {}

        public static function fromHours(int $hours): Duration {}
    }
}

namespace {
    /**
     * @strict-properties
     * @not-serializable
     */
    final class StreamPollHandle implements Io\Poll\Handle
    {
        /** @param resource $stream */
        public function __construct($stream) {}

        /** @return resource|null */
        public function getStream() {}

        public function isValid(): bool {}
    }

    /**
     * @strict-properties
     * @not-serializable
     */
    final class SocketPollHandle implements Io\Poll\Handle
    {
        public function __construct(Socket $socket) {}

        public function getSocket(): Socket {}

        public function isValid(): bool {}
    }
}

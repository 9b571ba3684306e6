/**
 * Markdown and HTML to Lexical, with richtext-lexical's own converters and the posts' content field
 * configuration. The conversion is most of the CPU an import spends outside Payload's create, and
 * it needs nothing from the database, so a long import runs it in worker threads
 * (convertWorker.ts) while the main thread writes; the workers load the same config, so a body
 * comes out the same either way. Until the workers are ready, and for short imports, it runs here.
 */
import os from 'node:os'
import { Worker } from 'node:worker_threads'

import {
  convertHTMLToLexical,
  convertMarkdownToLexical,
  editorConfigFactory,
} from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { Field, RichTextField } from 'payload'

import type { SourceFormat } from './parse'

export type LexicalContent = ReturnType<typeof convertMarkdownToLexical>

/** The body of a file converted; HTML through JSDOM, Markdown and text through the Markdown converter. */
export type ConvertBody = (format: SourceFormat, body: string) => LexicalContent

/** A converter made from the posts collection's (sanitized) fields. */
export function bodyConverter(postFields: Field[]): ConvertBody {
  const field = postFields.find(
    (candidate) => 'name' in candidate && candidate.name === 'content',
  ) as RichTextField
  // Built once: the converters only read it.
  const editorConfig = editorConfigFactory.fromField({ field })
  return (format, body) =>
    format === 'html'
      ? convertHTMLToLexical({ editorConfig, html: body, JSDOM })
      : convertMarkdownToLexical({ editorConfig, markdown: body })
}

export type ConvertRequest = { id: number; format: SourceFormat; body: string }
export type ConvertReply =
  | { ready: true }
  /** As JSON: a string crosses to the main thread faster than a cloned tree, and parses faster. */
  | { id: number; json: string }
  | { id: number; error: string }

export interface Converter {
  convert(format: SourceFormat, body: string): Promise<LexicalContent>
  /** Worker threads are converting, so starting a conversion early costs this thread nothing. */
  readonly parallel: boolean
  /** Settles once a thread is ready (true) or none can be (false); at once without threads. */
  ready(): Promise<boolean>
  close(): Promise<void>
}

/** Converts on this thread. */
export function inProcessConverter(convert: ConvertBody): Converter {
  return {
    convert: async (format, body) => convert(format, body),
    parallel: false,
    ready: async () => false,
    close: async () => undefined,
  }
}

/** Worker threads for an import of this many files: one core is left to the writing thread. */
export function workerCountFor(files: number): number {
  // Starting a worker loads Payload's config, a few seconds of CPU that a short import never earns back.
  if (files < 300) return 0
  return Math.max(1, Math.min(4, os.availableParallelism() - 1))
}

type Job = {
  format: SourceFormat
  body: string
  resolve: (content: LexicalContent) => void
  reject: (error: Error) => void
}
type Thread = { worker: Worker; ready: boolean; stopped: boolean; jobs: Map<number, Job> }

/**
 * `count` worker threads, each loading the config and converting one body at a time; a body goes
 * to the thread with the fewest waiting. They start with the first body (an import of unchanged
 * files never pays for them). Until one is ready, bodies are converted here; so are the bodies a
 * thread held if it stops (`onError` hears why).
 */
export function workerConverter(
  convert: ConvertBody,
  count: number,
  onError: (error: Error) => void,
): Converter {
  let nextId = 0
  let closing = false
  let announce: (ready: boolean) => void = () => undefined
  const ready = new Promise<boolean>((resolve) => (announce = resolve))
  const settleHere = (job: Job) => {
    try {
      job.resolve(convert(job.format, job.body))
    } catch (error) {
      job.reject(error as Error)
    }
  }
  let threads: Thread[] = []
  const start = () => {
    if (threads.length === 0 && !closing) threads = Array.from({ length: count }, startThread)
  }
  const startThread = (): Thread => {
    // Plain JavaScript that registers tsx in the thread, then loads convertWorker.ts.
    const worker = new Worker(new URL('./convertWorkerBoot.mjs', import.meta.url), {
      workerData: { entry: new URL('./convertWorker.ts', import.meta.url).href },
    })
    const thread: Thread = { worker, ready: false, stopped: false, jobs: new Map() }
    worker.on('message', (reply: ConvertReply) => {
      if ('ready' in reply) {
        thread.ready = true
        announce(true)
        return
      }
      const job = thread.jobs.get(reply.id)
      thread.jobs.delete(reply.id)
      if (!job) return
      if ('error' in reply) job.reject(new Error(reply.error))
      else job.resolve(JSON.parse(reply.json) as LexicalContent)
    })
    const stop = () => {
      thread.ready = false
      thread.stopped = true
      if (threads.every((other) => other.stopped)) announce(false)
      const jobs = [...thread.jobs.values()]
      thread.jobs.clear()
      for (const job of jobs) {
        if (closing) job.reject(new Error('import: conversion thread closed'))
        else settleHere(job)
      }
    }
    worker.on('error', (error) => {
      onError(error)
      stop()
    })
    worker.on('exit', stop)
    return thread
  }

  return {
    get parallel() {
      return threads.some((thread) => thread.ready)
    },
    ready: () => {
      start()
      return ready
    },
    async convert(format, body) {
      start()
      const ready = threads.filter((thread) => thread.ready)
      if (ready.length === 0) return convert(format, body)
      const thread = ready.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a))
      const id = nextId++
      return new Promise<LexicalContent>((resolve, reject) => {
        thread.jobs.set(id, { format, body, resolve, reject })
        const request: ConvertRequest = { id, format, body }
        thread.worker.postMessage(request)
      })
    },
    async close() {
      closing = true
      await Promise.all(threads.map((thread) => thread.worker.terminate()))
    },
  }
}

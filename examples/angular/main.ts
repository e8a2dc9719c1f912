// Angular 20, standalone and zoneless, compiled in the browser (JIT): no Angular CLI needed for this example.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'majlis';
import type { MajlisVoteEvent } from 'majlis';
import { adapter, kudosText } from '../shared/community.js';

@Component({
  selector: 'support-page',
  // `majlis-*` tags are custom elements, not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Support community (Angular)</h1>
      <majlis-community [adapter]="adapter" routing="none" view="question" question-id="q-1" (majlis-vote)="onVote($event)"></majlis-community>
      <p id="last-event" role="status">{{ lastEvent() }}</p>
    </main>
  `,
})
class SupportPage {
  readonly adapter = adapter;
  readonly lastEvent = signal('');
  onVote(event: MajlisVoteEvent) {
    this.lastEvent.set(kudosText(event));
  }
}

document.getElementById('app')!.append(document.createElement('support-page'));
await bootstrapApplication(SupportPage, { providers: [provideZonelessChangeDetection()] });

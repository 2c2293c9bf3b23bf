import {chromium} from '@playwright/test';
import fs from 'node:fs';
const b = await chromium.launch({executablePath:'/usr/bin/chromium'});
const ctx = await b.newContext({viewport:{width:412,height:823}});
const p = await ctx.newPage();
const c = await ctx.newCDPSession(p);
await c.send('Emulation.setCPUThrottlingRate',{rate:4});
await c.send('Profiler.enable'); await c.send('Profiler.setSamplingInterval',{interval:100});
await c.send('Profiler.start');
await p.goto(process.argv[2], {waitUntil:'networkidle'});
const {profile} = await c.send('Profiler.stop');
fs.writeFileSync('/tmp/bprof.cpuprofile', JSON.stringify(profile));
// long tasks via PerformanceObserver is too late; report sums by url
const byId=new Map(profile.nodes.map(n=>[n.id,n]));
const counts=new Map(); profile.samples.forEach((s,i)=>counts.set(s,(counts.get(s)||0)+(profile.timeDeltas[i]||0)));
const byFn=new Map(); let total=0;
for (const [nid,t] of counts){const cf=byId.get(nid).callFrame; total+=t; const k=(cf.functionName||'(anon)')+' '+cf.url.split('/').pop()+':'+cf.lineNumber+':'+cf.columnNumber; byFn.set(k,(byFn.get(k)||0)+t);}
console.log('total ms',total/1000);
[...byFn].sort((a,b)=>b[1]-a[1]).slice(0,25).forEach(([k,t])=>console.log((t/1000).toFixed(1).padStart(7),k));
await b.close();

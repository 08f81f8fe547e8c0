import { render } from 'preact';
import { App } from './App';
import '../../components/base.css';
import '../../components/options/options.css';

render(<App />, document.getElementById('app')!);
